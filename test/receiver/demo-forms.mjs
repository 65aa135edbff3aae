// Fills and sends the built forms on the demo pages as a person would (Playwright, real
// Chromium): the story in English with a photo, the partner request in Japanese with a PDF.
// Each returns the form's locator once it has been sent (its success panel shows the reference).
import assert from 'node:assert/strict';
import { PDF, PNG } from './helpers.mjs';

/** The story form's two cities (English labels): a US city in `state`, a Japanese one in `prefecture`. */
export async function fillStoryCities(form, { state = 'MN', city = 'Saint Paul', prefecture = '42', japanese = 'Nagasaki' } = {}) {
  await form.getByLabel('United States').check();
  await form.getByLabel('State or territory').selectOption(state);
  await form.getByLabel('North American city, county or state').fill(city);
  await form.getByLabel('Prefecture', { exact: true }).selectOption(prefecture);
  await form.getByLabel('Japanese municipality or prefecture').fill(japanese);
}

/** On story.html: Saint Paul – Nagasaki, with a photo. */
export async function sendStory(page) {
  const form = page.locator('sister-city-story-form');
  await fillStoryCities(form);
  await form.getByLabel('Year').first().fill('1955');
  await form.getByLabel('How did the relationship begin?').fill('Two cities chose friendship after the war.');
  await form.getByLabel('Friendship').check();
  await form.getByRole('radio', { name: 'English' }).check();
  await form.getByRole('button', { name: 'Add a photo' }).click();
  await form.locator('#f-photos-0-file').setInputFiles({ name: 'signing.png', mimeType: 'image/png', buffer: PNG });
  await form.getByLabel('Caption').fill('The signing');
  await form.getByLabel('Photo credit').fill('City archives');
  await form.getByLabel('We have permission to publish this photo in the book').check();
  await form.getByLabel('Your name').fill('Jane Doe');
  await form.getByLabel('Email address').fill('jane@example.org');
  await form.getByRole('radio', { name: 'No', exact: true }).check();
  await form.getByLabel(/I agree that Sister Cities International/).check();
  await form.getByRole('button', { name: 'Send the story' }).click();  return form;
}

/** On request-ja.html: Kanazawa seeking a North American partner, full-width numbers and a PDF. */
/** Answers every question of the Japanese demo request form, the PDF pamphlet included, but not the consent. */
export async function fillRequestInJapanese(page) {
  const form = page.locator('sister-city-request-form');
  await form.locator('#f-direction-1').check(); // 日本の都道府県・市区町村
  await form.locator('#f-jp_community-prefecture').selectOption('17');
  await form.locator('#f-jp_community-name').fill('金沢市');
  await form.locator('input[name="jp_community.level"][value="city"]').check();
  await form.locator('#f-population-count').fill('４６２，０００');
  await form.locator('#f-population-as_of').fill('２０２０');
  await form.locator('#f-area-value').fill('468.79');
  await form.locator('#f-area-unit').check();
  await form.locator('#f-geography').fill('日本海に面し、小松空港から車で約40分。');
  await form.locator('#f-activities').fill('伝統工芸、大学、美術館。');
  await form.locator('#f-expectations').fill('青少年交流を希望します。');
  await form.locator('input[name="exchanges"][value="culture-arts"]').check();
  await form.locator('#f-submitter-name').fill('山田 花子');
  await form.locator('#f-submitter-role').fill('国際交流課長');
  await form.locator('#f-submitter-organisation').fill('金沢市役所');
  await form.locator('#f-submitter-email').fill('hanako@city.kanazawa.example');
  await form.getByRole('button', { name: '自分を連絡先として追加' }).click();
  await form.locator('#f-pamphlet').setInputFiles({ name: '金沢市.pdf', mimeType: 'application/pdf', buffer: PDF });
  await form.locator('#f-pamphlet-chosen').waitFor();
  return form;
}

export async function sendRequestInJapanese(page) {
  const form = await fillRequestInJapanese(page);
  await form.locator('#f-consent').check();
  await form.getByRole('button', { name: '入力内容を確認する' }).click();
  await form.locator('#review-heading').waitFor();
  assert.match(await form.locator('.answers').first().textContent(), /日本の都道府県・市区町村/);
  await form.getByRole('button', { name: '申し込みを送信' }).click();  return form;
}
