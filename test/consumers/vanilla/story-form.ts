import 'sister-city-widgets/story-form';

const form = document.createElement('sister-city-story-form');
form.endpoint = '/api/stories';
form.draft = 'off';
document.body.append(form);
document.querySelector('output')!.textContent = 'Ready';
