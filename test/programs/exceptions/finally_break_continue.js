// break/continue inside finally discard a pending exception or return.
function breakInFinally() {
  for (let i = 0; i < 3; i++) {
    try {
      throw new Error("discarded " + i);
    } finally {
      break;
    }
  }
  return "loop exited normally";
}
console.log(breakInFinally()); // expect: loop exited normally
function continueInFinally() {
  let n = 0;
  for (let i = 0; i < 3; i++) {
    try {
      return "never";
    } finally {
      n++;
      continue;
    }
  }
  return "continued " + n;
}
console.log(continueInFinally()); // expect: continued 3
const order = [];
for (let i = 0; i < 3; i++) {
  try {
    if (i === 1) continue;
    if (i === 2) break;
    order.push("body" + i);
  } finally {
    order.push("fin" + i);
  }
}
console.log(order.join(" ")); // expect: body0 fin0 fin1 fin2
lbl: try {
  order.length = 0;
  break lbl;
} finally {
  console.log("finally after labelled break", order.length); // expect: finally after labelled break 0
}
