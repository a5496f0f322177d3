// for-in visits enumerable properties a program adds to Object.prototype or
// Array.prototype (after own keys, nearest prototype first); builtin methods
// stay hidden.
const plain = [];
for (const k in { own: 1 }) plain.push(k);
console.log(plain.join(",")); // expect: own
Object.prototype.tag = "t";
Array.prototype.extra = "x";
const seen = [];
for (const k in { own: 1 }) seen.push(k);
for (const k in [10, 20]) seen.push(k);
class Item { constructor() { this.id = 1; } }
for (const k in new Item()) seen.push(k);
console.log(seen.join(",")); // expect: own,tag,0,1,extra,tag,id,tag
console.log({}.tag, [].extra, "tag" in [], Object.keys({ own: 1 }).join()); // expect: t x true own
