/** The part of the store's assets API that hold music needs (a fake in stories). */
export interface HoldMusicAssets {
  putAsset(data: Uint8Array, meta: { fileName: string; mimeType?: string; channels?: number | null }): Promise<{ id: string }>;
  getAsset(id: string): Promise<{ bytes: Uint8Array; mimeType: string } | null>;
  /** Deletes an uploaded file that nothing uses any more (a replaced or removed hold music). */
  deleteAsset(id: string): Promise<void>;
}
