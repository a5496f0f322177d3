// A small Richards-like scheduler: prioritized tasks pass packets through linked queues.
class Packet {
  constructor(id) {
    this.link = null;
    this.id = id;
    this.data = [0, 0, 0, 0];
  }
}
function append(queue, packet) {
  packet.link = null;
  if (queue === null) return packet;
  let p = queue;
  while (p.link !== null) p = p.link;
  p.link = packet;
  return queue;
}
class Task {
  constructor(scheduler, id, priority, held) {
    this.scheduler = scheduler;
    this.id = id;
    this.priority = priority;
    this.held = held;
    this.queue = null;
    this.runs = 0;
  }
  runnable() { return !this.held && this.queue !== null; }
  take() {
    const p = this.queue;
    this.queue = p.link;
    return p;
  }
}
class IdleTask extends Task {
  constructor(scheduler, id, count) {
    super(scheduler, id, 0, false);
    this.v = 1;
    this.remaining = count;
  }
  runnable() { return this.remaining > 0; }
  run() {
    this.runs++;
    this.remaining--;
    if ((this.v & 1) === 0) {
      this.v >>= 1;
      this.scheduler.release(2);
    } else {
      this.v = (this.v >> 1) ^ 0xd008;
      this.scheduler.release(3);
    }
  }
}
class WorkerTask extends Task {
  constructor(scheduler, id) {
    super(scheduler, id, 1000, false);
    this.dest = 2;
    this.n = 0;
  }
  run() {
    this.runs++;
    const p = this.take();
    this.dest = this.dest === 2 ? 3 : 2;
    for (let i = 0; i < p.data.length; i++) {
      this.n = (this.n + 1) % 26;
      p.data[i] = this.n;
    }
    this.scheduler.send(p, this.dest);
  }
}
class DeviceTask extends Task {
  constructor(scheduler, id) {
    super(scheduler, id, 4000, true);
    this.sum = 0;
  }
  run() {
    this.runs++;
    const p = this.take();
    for (const v of p.data) this.sum = (this.sum * 31 + v * this.id) % 65521;
    this.held = true;
    this.scheduler.send(p, 1);
  }
}
class Scheduler {
  constructor() {
    this.tasks = [];
    this.sent = 0;
  }
  add(task) { this.tasks[task.id] = task; return task; }
  release(id) { this.tasks[id].held = false; }
  send(packet, id) {
    this.sent++;
    const t = this.tasks[id];
    t.queue = append(t.queue, packet);
  }
  run() {
    let steps = 0;
    for (;;) {
      let best = null;
      for (const t of this.tasks) {
        if (t.runnable() && (best === null || t.priority > best.priority)) best = t;
      }
      if (best === null) return steps;
      best.run();
      steps++;
    }
  }
}
const s = new Scheduler();
s.add(new IdleTask(s, 0, 30000));
const worker = s.add(new WorkerTask(s, 1));
s.add(new DeviceTask(s, 2));
s.add(new DeviceTask(s, 3));
for (let i = 0; i < 4; i++) worker.queue = append(worker.queue, new Packet(i));
const steps = s.run();
console.log(steps, s.sent); // expect: 84078 54078
console.log(s.tasks.map((t) => t.runs).join(" "), s.tasks[2].sum, s.tasks[3].sum);
// expect: 30000 27041 13518 13519 34259 43936
let queued = 0;
for (const t of s.tasks) for (let p = t.queue; p !== null; p = p.link) queued++;
console.log(queued); // expect: 4
