// Child process for the kill-mid-write test: commits transactions forever, printing each acknowledged id.
import { StateStore } from '../store.js';

const dir = process.argv[2] ?? '';
const store = await StateStore.open(dir);
const blob = 'x'.repeat(4096);
for (;;) {
  await store.transaction((s) => {
    const ws = s.workspaces[0];
    const b = ws?.branches[0];
    if (!ws || !b) throw new Error('no workspace');
    const id = s.nextId;
    s.nextId += 1;
    ws.name = `w${id}`;
    b.objects.push({ id, guid: `g${id}`, type: 'function', name: `f${id}`, text: blob, createdAt: '', updatedAt: '' });
    if (b.objects.length > 300) b.objects.shift();
  });
  process.stdout.write(`${store.state.nextId - 1}\n`);
}
