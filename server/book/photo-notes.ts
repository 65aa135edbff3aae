/**
 * What the book says in place of a HEIC photo whose printable copy is not there (print-copies.ts): still
 * being prepared, or could not be made and why, in the language of the staff member compiling it (the
 * staff pages send theirs with ?lang=). The book itself is in English and Japanese; these notes are for
 * the staff, to act on before printing.
 */
import type { Locale } from '../../src/i18n/language.js';
import type { PrintCopy, PrintFailure } from '../store/index.js';

interface Notes {
  preparing: string;
  failed: (why: string) => string;
  why: Record<PrintFailure, string>;
}

const NOTES: Record<Locale, Notes> = {
  en: {
    preparing: 'This photo was sent as HEIC (the iPhone’s format), which cannot be printed as it is. A printable copy is still being prepared: compile the book again in a minute or two.',
    failed: (why) => `This photo was sent as HEIC (the iPhone’s format) and could not be made printable: ${why} Ask the sender for the photo as a JPEG, or leave it out of the public version.`,
    why: {
      unreadable: 'the file is damaged, or is not a photo the receiver can read.',
      'too-long': 'preparing it took too long.',
      crashed: 'the converter stopped unexpectedly.',
    },
  },
  ja: {
    preparing: 'この写真はHEIC形式（iPhoneの形式）で送られたため、そのままでは印刷できません。印刷用の画像を準備しています。1～2分後に、もう一度本を編集してください。',
    failed: (why) => `この写真はHEIC形式（iPhoneの形式）で送られましたが、印刷用の画像を作れませんでした。${why}送信者にJPEG形式の写真を依頼するか、公開版から外してください。`,
    why: {
      unreadable: 'ファイルが壊れているか、読み取れない画像です。',
      'too-long': '変換に時間がかかりすぎました。',
      crashed: '変換が途中で止まりました。',
    },
  },
  'fr-CA': {
    preparing: 'Cette photo a été envoyée en HEIC (le format de l’iPhone), qui ne s’imprime pas tel quel. Une copie imprimable est en préparation\u00a0: compilez le livre de nouveau dans une minute ou deux.',
    failed: (why) => `Cette photo a été envoyée en HEIC (le format de l’iPhone) et n’a pas pu être rendue imprimable\u00a0: ${why} Demandez la photo en JPEG à l’expéditeur, ou retirez-la de la version publique.`,
    why: {
      unreadable: 'le fichier est endommagé, ou n’est pas une photo que le récepteur peut lire.',
      'too-long': 'la préparation a pris trop de temps.',
      crashed: 'le convertisseur s’est arrêté de façon inattendue.',
    },
  },
};

/** The note for a photo without a printable copy yet (`copy` undefined or converting) or whose copy failed. */
export function photoNote(copy: PrintCopy | undefined, locale: Locale): { note: string; detail?: string } {
  const notes = NOTES[locale];
  if (copy?.state !== 'failed') return { note: notes.preparing };
  return { note: notes.failed(notes.why[copy.reason] ?? notes.why.crashed), detail: copy.detail };
}
