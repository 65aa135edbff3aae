/**
 * Uploaded files in S3-compatible object storage (AWS S3, Cloudflare R2, MinIO, Garage…), each
 * under a generated key below `prefix`. Chosen when the S3_* settings are given; then several
 * receiver processes on several machines see the same files. Orphans (written, never committed)
 * are swept by their LastModified time, as in a folder.
 */
import {
  DeleteObjectsCommand, GetObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client,
} from '@aws-sdk/client-s3';
import { randomUUID } from 'node:crypto';
import type { FileStorage } from './types.js';

export interface S3Settings {
  bucket: string;
  region: string;
  endpoint?: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  /** Keys are `${prefix}${name}`. */
  prefix: string;
  /** Path-style URLs (MinIO, most self-hosted servers). */
  forcePathStyle: boolean;
}

export class S3Files implements FileStorage {
  private readonly client: S3Client;

  constructor(private readonly settings: S3Settings) {
    this.client = new S3Client({
      region: settings.region,
      endpoint: settings.endpoint,
      forcePathStyle: settings.forcePathStyle,
      credentials: settings.accessKeyId && settings.secretAccessKey
        ? { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey }
        : undefined,
    });
  }

  private key(name: string) {
    return `${this.settings.prefix}${name}`;
  }

  async put(bytes: Uint8Array, extension: string): Promise<string> {
    const name = `${randomUUID()}.${extension}`;
    await this.client.send(new PutObjectCommand({ Bucket: this.settings.bucket, Key: this.key(name), Body: bytes }));
    return name;
  }

  async read(name: string): Promise<Uint8Array> {
    const object = await this.client.send(new GetObjectCommand({ Bucket: this.settings.bucket, Key: this.key(name) }));
    return object.Body!.transformToByteArray();
  }

  async remove(names: string[]): Promise<void> {
    if (names.length === 0) return;
    await this.client
      .send(new DeleteObjectsCommand({ Bucket: this.settings.bucket, Delete: { Objects: names.map((name) => ({ Key: this.key(name) })) } }))
      .catch(() => {});
  }

  private async *objects() {
    let token: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({ Bucket: this.settings.bucket, Prefix: this.settings.prefix, ContinuationToken: token }),
      );
      for (const object of page.Contents ?? []) yield { name: object.Key!.slice(this.settings.prefix.length), modified: object.LastModified };
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }

  async list(): Promise<string[]> {
    const names = [];
    for await (const { name } of this.objects()) names.push(name);
    return names;
  }

  async sweep(known: (name: string) => boolean, olderThanMs: number, now = Date.now()): Promise<number> {
    const orphans = [];
    for await (const { name, modified } of this.objects()) {
      if (!known(name) && modified && now - modified.getTime() >= olderThanMs) orphans.push(name);
    }
    for (let i = 0; i < orphans.length; i += 1000) await this.remove(orphans.slice(i, i + 1000));
    return orphans.length;
  }

  close() {
    this.client.destroy();
  }
}
