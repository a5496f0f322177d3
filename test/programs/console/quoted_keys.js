// Keys that are not identifiers are quoted.
console.log({ "a-b": 1, "with space": 2, valid_id: 3, $dollar: 4, _under: 5 });
// expect: { 'a-b': 1, 'with space': 2, valid_id: 3, '$dollar': 4, _under: 5 }
console.log({ 1: "num", "01": "lead", "1.5": "frac", "-1": "neg" });
// expect: { '1': 'num', '01': 'lead', '1.5': 'frac', '-1': 'neg' }
console.log({ "": "empty key", "it's": "apos", class: "reserved is fine" });
// expect: { '': 'empty key', "it's": 'apos', class: 'reserved is fine' }
console.log({ "é": 1, "a.b": 2, "ünïcode": 3 }); // expect: { 'é': 1, 'a.b': 2, 'ünïcode': 3 }
