import 'sister-city-widgets/request-form';

const form = document.createElement('sister-city-request-form');
form.endpoint = '/api/requests';
form.draft = 'off';
document.body.append(form);
document.querySelector('output')!.textContent = 'Ready';
