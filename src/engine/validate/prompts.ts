import type { ValidationContext } from './context';
import { nodeName } from './context';

const FIELD_NAMES: Record<string, string> = { melody: 'melody', prompt: 'prompt', greeting: 'greeting' };

/**
 * silent-prompt: a text-to-speech melody with no text, or any melody 0 s long, which plays
 * nothing (the call moves straight on). no-time-to-key: a voice menu with a 0 s key window, or a
 * greeting with extensions whose wait is 0 s: callers can key only while the prompt plays.
 */
export function checkPrompts(ctx: ValidationContext): void {
  for (const node of ctx.nodes.values()) {
    const data = node.data as Record<string, unknown>;
    for (const [key, what] of Object.entries(FIELD_NAMES)) {
      const m = data[key] as { kind?: string; text?: string; seconds?: number } | null | undefined;
      if (!m || typeof m !== 'object') continue;
      if (m.kind === 'tts' && !m.text?.trim()) {
        ctx.warn('silent-prompt', `${nodeName(node)} has a text-to-speech ${what} with no text, so callers hear nothing. Write what it should say.`, { nodeId: node.id });
      } else if (m.seconds === 0) {
        ctx.warn('silent-prompt', `${nodeName(node)}'s ${what} is 0 s long, so callers hear nothing. Give it its length in seconds.`, { nodeId: node.id });
      }
    }
    const wait = node.type === 'ivr' ? data.timeoutSeconds : node.type === 'play' && data.allowExtensions === true ? data.digitWaitSeconds : undefined;
    if (wait === 0) {
      ctx.warn('no-time-to-key', `${nodeName(node)} waits 0 s for the caller's keys, so they can key only while the ${node.type === 'ivr' ? 'prompt' : 'melody'} plays. Give them a few seconds.`, { nodeId: node.id });
    }
  }
}
