/** The part of the store's assets API that hold music needs (a fake in stories). */
export interface HoldMusicAssets {
  putAsset(data: Uint8Array, meta: { fileName: string; mimeType?: string; channels?: number | null }): Promise<{ id: string }>;
  getAsset(id: string): Promise<{ bytes: Uint8Array; mimeType: string } | null>;
  /** Deletes an uploaded file if nothing plays it any more, no published revision either (a replaced or removed hold music). */
  releaseAsset(id: string): Promise<unknown>;
}
