import { describe, expect, it } from 'vitest';
import { assetsInUse } from '../../src/engine';
import { makeFlow, makeProject } from '../helpers/factories';

describe('assetsInUse', () => {
  it('finds uploads in hold music and in any node melody, and nothing else', () => {
    const flow = makeFlow([
      { id: 'in', type: 'incoming' },
      { id: 'g', type: 'play', data: { melody: { kind: 'upload', assetId: 'a-greeting', seconds: 4 } } },
      { id: 'm', type: 'ivr', data: { prompt: { kind: 'tts', text: 'Press 1', seconds: 3 } } },
      { id: 'vm', type: 'voicemail', data: { greeting: { kind: 'upload', assetId: 'a-mailbox', seconds: 2 } } },
    ]);
    const project = makeProject({ flow, number: { settings: { holdMusic: { kind: 'upload', fileName: 'h.mp3', sizeBytes: 9, channels: 1, assetId: 'a-hold' } } } as never });
    expect([...assetsInUse(project)].sort()).toEqual(['a-greeting', 'a-hold', 'a-mailbox']);
  });
});
