import { useEffect, useState } from 'react';
import type { HoldMusicAssets } from './types';

/**
 * An object URL for a stored audio asset, revoked when the asset changes or the component goes.
 * Null while loading, when the asset is missing, or where object URLs do not exist (jsdom).
 */
export function useAssetUrl(assets: HoldMusicAssets, assetId: string | null): { url: string | null; missing: boolean } {
  const [state, setState] = useState<{ id: string | null; url: string | null; missing: boolean }>({ id: null, url: null, missing: false });
  useEffect(() => {
    if (assetId === null) return undefined;
    let cancelled = false;
    let url: string | null = null;
    void assets.getAsset(assetId).then((asset) => {
      if (cancelled) return;
      if (!asset) return setState({ id: assetId, url: null, missing: true });
      const canUrl = typeof URL.createObjectURL === 'function';
      url = canUrl ? URL.createObjectURL(new Blob([asset.bytes as BlobPart], { type: asset.mimeType || 'audio/mpeg' })) : null;
      setState({ id: assetId, url, missing: false });
    });
    return () => {
      cancelled = true;
      if (url) URL.revokeObjectURL(url);
    };
  }, [assets, assetId]);
  return state.id === assetId ? { url: state.url, missing: state.missing } : { url: null, missing: false };
}
