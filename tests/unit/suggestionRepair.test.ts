import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { JSONContent } from '@tiptap/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SuggestionChecker } from '../../server/collab/suggestionCheck.ts';
import { jsonToYDoc } from '../../shared/editor/schema.ts';
import { editorContent, suggestionAuthors, textblock, typeInEditor } from '../helpers/editorTyping.ts';

// A suggesting member (张伟) and the lead drafter editing directly (李芳)
// write at the same spots of a guide, each through a real ProseMirror state written into their
// own Y.Doc the way the editor's binding does; their updates reach the server in any order,
// where the guard checks the member's and watches the drafter's.
const here = path.dirname(fileURLToPath(import.meta.url));
const guide = JSON.parse(readFileSync(path.join(here, '../../server/seed/demoGuide.json'), 'utf8')) as JSONContent;
const baseState = Y.encodeStateAsUpdate(jsonToYDoc(guide));
const member = 'user-zhangwei';
const drafter = 'user-lifang';

interface Peer {
  who: 'member' | 'drafter';
  doc: Y.Doc;
  sent: Uint8Array;
}

function peer(who: Peer['who'], clientID: number): Peer {
  const doc = new Y.Doc();
  doc.clientID = clientID;
  Y.applyUpdate(doc, baseState);
  return { who, doc, sent: Y.encodeStateVector(doc) };
}

type Spot = 'start' | 'end' | 'middle' | 'afterOther' | 'beforeOther';

/** Characters nobody else writes: the member's from U+E000, the drafter's from U+F000. */
const nextChar = { member: 0xe000, drafter: 0xf000 };
const isMemberChar = (char: string) => char.charCodeAt(0) >= 0xe000 && char.charCodeAt(0) < 0xf000;
const isDrafterChar = (char: string) => char.charCodeAt(0) >= 0xf000 && char.charCodeAt(0) < 0xf900;

/**
 * Types `count` new characters in the peer's editor and writes the result into its Y.Doc as the
 * editor's binding does. Returns what the editor made of each: whose suggestion, or plain.
 */
function typeAt(peer: Peer, block: number, spot: Spot, count: number): Map<string, string | null> {
  const { from, to, node } = textblock(editorContent(peer.doc), block);
  const text = node.textContent;
  const others = [...text].map((char, index) => ({ char, index })).filter(({ char }) => (peer.who === 'member' ? isDrafterChar(char) : isMemberChar(char)));
  let pos = spot === 'start' ? from : spot === 'end' ? to : from + Math.floor(text.length / 2);
  if (spot === 'afterOther' && others.length > 0) pos = from + others.at(-1)!.index + 1;
  if (spot === 'beforeOther' && others.length > 0) pos = from + others[0]!.index;
  const typed = Array.from({ length: count }, () => String.fromCharCode(nextChar[peer.who]++)).join('');
  const made = suggestionAuthors(typeInEditor(peer.doc, pos, typed, peer.who === 'member' ? member : null));
  return new Map([...typed].map((char) => [char, made.get(char) ?? null]));
}

// Mostly typing, in two paragraphs, so the two often type at the same spot before they sync.
const step = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('type' as const),
      who: fc.constantFrom('member' as const, 'drafter' as const),
      block: fc.integer({ min: 0, max: 1 }),
      spot: fc.constantFrom<Spot>('start', 'end', 'middle', 'afterOther', 'beforeOther'),
      count: fc.integer({ min: 1, max: 3 }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('send' as const), who: fc.constantFrom('member' as const, 'drafter' as const) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('receive' as const), who: fc.constantFrom('member' as const, 'drafter' as const) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('apply' as const) }) },
);

type Step = ReturnType<typeof step.generate>['value'];

/** The member suggests at a spot, both sync, then both type there at once and the drafter's edit arrives first. */
function sameSpotAfterSync(spot: Spot): Step[] {
  return [
    { kind: 'type', who: 'member', block: 0, spot, count: 1 },
    { kind: 'send', who: 'member' },
    { kind: 'apply' },
    { kind: 'receive', who: 'member' },
    { kind: 'receive', who: 'drafter' },
    { kind: 'type', who: 'member', block: 0, spot, count: 1 },
    { kind: 'type', who: 'drafter', block: 0, spot, count: 1 },
    { kind: 'send', who: 'drafter' },
    { kind: 'apply' },
    { kind: 'send', who: 'member' },
    { kind: 'apply' },
  ];
}

describe('a suggesting member and a direct editor typing at the same spot', () => {
  it('keeps the member’s text a suggestion and the direct text plain, whatever the order, and refuses nothing', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 30 }), fc.boolean(), (steps, memberLower) => {
        nextChar.member = 0xe000;
        nextChar.drafter = 0xf000;
        const server = new Y.Doc();
        Y.applyUpdate(server, baseState);
        const checker = new SuggestionChecker();
        checker.watch(server);
        const peers = { member: peer('member', memberLower ? 10 : 1_000), drafter: peer('drafter', memberLower ? 1_000 : 10) };
        const refusals: string[] = [];
        const intended = new Map<string, string | null>();

        // As on the server, an update is checked when it arrives and applied (then repaired) a
        // moment later, once it is stored: others may arrive and be checked in between.
        const stored: { update: Uint8Array; repair: Uint8Array | null }[] = [];
        const send = (from: Peer) => {
          const update = Y.encodeStateAsUpdate(from.doc, from.sent);
          from.sent = Y.encodeStateVector(from.doc);
          if (from.who === 'member') {
            const verdict = checker.check(server, update, member);
            if (!verdict.ok) {
              refusals.push(verdict.reason);
              return;
            }
            stored.push({ update, repair: 'repair' in verdict ? verdict.repair : null });
          } else {
            stored.push({ update, repair: checker.repairFor(server, update, drafter) });
          }
        };
        const apply = () => {
          for (const { update, repair } of stored.splice(0)) {
            Y.applyUpdate(server, update);
            if (repair) Y.applyUpdate(server, repair);
          }
        };
        const receive = (to: Peer) => {
          Y.applyUpdate(to.doc, Y.encodeStateAsUpdate(server, Y.encodeStateVector(to.doc)));
        };

        for (const command of steps) {
          if (command.kind === 'apply') {
            apply();
            continue;
          }
          const who = peers[command.who];
          if (command.kind === 'type') typeAt(who, command.block, command.spot, command.count).forEach((author, char) => intended.set(char, author));
          else if (command.kind === 'send') send(who);
          else receive(who);
        }
        for (let round = 0; round < 2; round++) {
          send(peers.member);
          send(peers.drafter);
          apply();
          receive(peers.member);
          receive(peers.drafter);
        }

        expect(refusals).toEqual([]);
        const final = editorContent(server);
        expect(editorContent(peers.member.doc).eq(final)).toBe(true);
        expect(editorContent(peers.drafter.doc).eq(final)).toBe(true);
        // Every character is there, as its own editor made it: the member's a suggestion, the
        // drafter's plain (or inside the suggestion they typed into).
        const authors = suggestionAuthors(final);
        expect(new Map([...intended].map(([char]) => [char, authors.has(char) ? authors.get(char) : 'missing']))).toEqual(intended);
        for (const [char, author] of intended) if (isMemberChar(char)) expect(author).toBe(member);
      }),
      {
        numRuns: 300,
        examples: [
          // The member goes on typing at the end of their suggestion while the drafter types at
          // the end too: merged, the member's new character would fall outside the suggestion.
          [sameSpotAfterSync('end'), false],
          [sameSpotAfterSync('end'), true],
          // At the start: the drafter's character would fall inside the member's suggestion.
          [sameSpotAfterSync('start'), true],
          [sameSpotAfterSync('start'), false],
          [sameSpotAfterSync('middle'), true],
          [sameSpotAfterSync('middle'), false],
        ],
      },
    );
  }, 120_000);
});
