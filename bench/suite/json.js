// json: a recursive-descent JSON parser written with charCodeAt (AWFY "Json"-like).
const BENCHMARK = {
  name: "json",
  category: "strings",
  size: 200,
  tinySize: 10,
  description: "Builds a JSON text of size records (objects, arrays, escaped strings, ints, decimals, exponents, true/false/null) by string concatenation, parses it with a hand-written recursive-descent parser using charCodeAt, and hashes the resulting tree. Returns [hash, node count, sum of numbers].",
};

const JSON_POW10 = [
  1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000, 1000000000, 10000000000,
  100000000000, 1000000000000, 10000000000000, 100000000000000, 1000000000000000,
  10000000000000000, 100000000000000000, 1000000000000000000, 10000000000000000000,
  100000000000000000000, 1000000000000000000000, 10000000000000000000000,
];

class JsonRandom {
  constructor(seed) {
    this.seed = seed;
  }

  next() {
    this.seed = (this.seed * 1309 + 13849) & 65535;
    return this.seed;
  }
}

const JSON_WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"];

function jsonNumberText(rng) {
  const kind = rng.next() % 5;
  const a = rng.next();
  if (kind === 0) return "" + a;
  if (kind === 1) return "-" + (a % 1000);
  if (kind === 2) return (a % 500) + "." + ((rng.next() % 90) + 10);
  if (kind === 3) return (a % 9) + 1 + "e" + (a % 4);
  return "-" + (a % 7) + "." + ((a % 89) + 10) + "e-" + ((a % 3) + 1);
}

function jsonStringText(rng, i) {
  const w = JSON_WORDS[rng.next() % JSON_WORDS.length];
  switch (rng.next() % 4) {
    case 0:
      return '"' + w + " " + i + '"';
    case 1:
      return '"' + w + '\\"quoted\\"\\n' + i + '"';
    case 2:
      return '"caf\\u00e9 ' + w + "\\t\\\\" + '"';
    default:
      return '"' + w.toUpperCase() + "/" + w + '"';
  }
}

function makeJsonText(size) {
  const rng = new JsonRandom(74755);
  let s = '{"benchmark": "json", "version": 3, "records": [';
  for (let i = 0; i < size; i++) {
    if (i > 0) s += ",\n  ";
    s += '{"id": ' + i;
    s += ', "label": ' + jsonStringText(rng, i);
    s += ', "score": ' + jsonNumberText(rng);
    s += ', "ok": ' + (rng.next() % 2 === 0 ? "true" : "false");
    s += ', "parent": null';
    s += ', "tags": [';
    const ntags = rng.next() % 4;
    for (let t = 0; t < ntags; t++) {
      if (t > 0) s += ", ";
      s += jsonStringText(rng, t);
    }
    s += '], "values": [';
    for (let t = 0; t < 5; t++) {
      if (t > 0) s += ",";
      s += jsonNumberText(rng);
    }
    s += '], "pos": {"x": ' + jsonNumberText(rng) + ', "y": ' + jsonNumberText(rng) + ', "nested": {"deep": [[], {}, [null, true]]}}}';
  }
  s += "]}";
  return s;
}

class JsonParser {
  constructor(text) {
    this.text = text;
    this.pos = 0;
  }

  fail(msg) {
    throw new Error("JSON parse error: " + msg + " at " + this.pos);
  }

  skipWhitespace() {
    const t = this.text;
    let p = this.pos;
    while (p < t.length) {
      const c = t.charCodeAt(p);
      if (c === 32 || c === 10 || c === 13 || c === 9) p++;
      else break;
    }
    this.pos = p;
  }

  parseDocument() {
    const v = this.parseValue();
    this.skipWhitespace();
    if (this.pos !== this.text.length) this.fail("trailing characters");
    return v;
  }

  parseValue() {
    this.skipWhitespace();
    const c = this.text.charCodeAt(this.pos);
    switch (c) {
      case 123: // {
        return this.parseObject();
      case 91: // [
        return this.parseArray();
      case 34: // "
        return this.parseString();
      case 116: // t
        this.expectWord("true");
        return true;
      case 102: // f
        this.expectWord("false");
        return false;
      case 110: // n
        this.expectWord("null");
        return null;
      default:
        if (c === 45 || (c >= 48 && c <= 57)) return this.parseNumber();
        this.fail("unexpected character");
    }
    return undefined;
  }

  expectWord(w) {
    for (let i = 0; i < w.length; i++) {
      if (this.text.charCodeAt(this.pos + i) !== w.charCodeAt(i)) this.fail("expected " + w);
    }
    this.pos += w.length;
  }

  parseObject() {
    this.pos++;
    const obj = {};
    this.skipWhitespace();
    if (this.text.charCodeAt(this.pos) === 125) {
      this.pos++;
      return obj;
    }
    while (true) {
      this.skipWhitespace();
      if (this.text.charCodeAt(this.pos) !== 34) this.fail("expected a key");
      const key = this.parseString();
      this.skipWhitespace();
      if (this.text.charCodeAt(this.pos) !== 58) this.fail("expected ':'");
      this.pos++;
      obj[key] = this.parseValue();
      this.skipWhitespace();
      const c = this.text.charCodeAt(this.pos);
      this.pos++;
      if (c === 44) continue;
      if (c === 125) return obj;
      this.fail("expected ',' or '}'");
    }
  }

  parseArray() {
    this.pos++;
    const arr = [];
    this.skipWhitespace();
    if (this.text.charCodeAt(this.pos) === 93) {
      this.pos++;
      return arr;
    }
    while (true) {
      arr.push(this.parseValue());
      this.skipWhitespace();
      const c = this.text.charCodeAt(this.pos);
      this.pos++;
      if (c === 44) continue;
      if (c === 93) return arr;
      this.fail("expected ',' or ']'");
    }
  }

  hexDigit(c) {
    if (c >= 48 && c <= 57) return c - 48;
    if (c >= 97 && c <= 102) return c - 87;
    if (c >= 65 && c <= 70) return c - 55;
    this.fail("bad hex digit");
    return 0;
  }

  parseString() {
    const t = this.text;
    this.pos++;
    let start = this.pos;
    let out = "";
    while (true) {
      if (this.pos >= t.length) this.fail("unterminated string");
      const c = t.charCodeAt(this.pos);
      if (c === 34) {
        out += t.slice(start, this.pos);
        this.pos++;
        return out;
      }
      if (c === 92) {
        out += t.slice(start, this.pos);
        const e = t.charCodeAt(this.pos + 1);
        this.pos += 2;
        switch (e) {
          case 34:
            out += '"';
            break;
          case 92:
            out += "\\";
            break;
          case 47:
            out += "/";
            break;
          case 98:
            out += "\b";
            break;
          case 102:
            out += "\f";
            break;
          case 110:
            out += "\n";
            break;
          case 114:
            out += "\r";
            break;
          case 116:
            out += "\t";
            break;
          case 117: {
            let code = 0;
            for (let k = 0; k < 4; k++) {
              code = code * 16 + this.hexDigit(t.charCodeAt(this.pos));
              this.pos++;
            }
            out += String.fromCharCode(code);
            break;
          }
          default:
            this.fail("bad escape");
        }
        start = this.pos;
      } else {
        this.pos++;
      }
    }
  }

  parseNumber() {
    const t = this.text;
    let negative = false;
    if (t.charCodeAt(this.pos) === 45) {
      negative = true;
      this.pos++;
    }
    let mantissa = 0;
    let digits = 0;
    let c = t.charCodeAt(this.pos);
    while (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48);
      digits++;
      this.pos++;
      c = t.charCodeAt(this.pos);
    }
    if (digits === 0) this.fail("expected a digit");
    let fractionDigits = 0;
    if (c === 46) {
      this.pos++;
      c = t.charCodeAt(this.pos);
      while (c >= 48 && c <= 57) {
        mantissa = mantissa * 10 + (c - 48);
        fractionDigits++;
        digits++;
        this.pos++;
        c = t.charCodeAt(this.pos);
      }
    }
    let exponent = 0;
    if (c === 101 || c === 69) {
      this.pos++;
      c = t.charCodeAt(this.pos);
      let expNegative = false;
      if (c === 43 || c === 45) {
        expNegative = c === 45;
        this.pos++;
        c = t.charCodeAt(this.pos);
      }
      while (c >= 48 && c <= 57) {
        exponent = exponent * 10 + (c - 48);
        this.pos++;
        c = t.charCodeAt(this.pos);
      }
      if (expNegative) exponent = -exponent;
    }
    const k = exponent - fractionDigits;
    let value;
    if (digits > 15 || k > 22 || k < -22) {
      // The generator never produces these; the fast path below would not be exact.
      this.fail("number outside the supported range");
      value = 0;
    } else if (k >= 0) {
      // mantissa and 10^k are exact doubles: one correctly rounded operation.
      value = mantissa * JSON_POW10[k];
    } else {
      value = mantissa / JSON_POW10[-k];
    }
    return negative ? -value : value;
  }
}

class JsonHasher {
  constructor() {
    this.hash = 0;
    this.count = 0;
    this.sum = 0;
  }

  mix(x) {
    this.hash = (Math.imul(this.hash, 31) + x) | 0;
  }

  mixString(s) {
    this.mix(s.length);
    for (let i = 0; i < s.length; i++) this.mix(s.charCodeAt(i));
  }

  walk(v) {
    this.count++;
    if (v === null) {
      this.mix(1);
    } else if (typeof v === "boolean") {
      this.mix(v ? 2 : 3);
    } else if (typeof v === "number") {
      this.mix(4);
      this.mix((v * 1000) | 0);
      this.sum += v;
    } else if (typeof v === "string") {
      this.mix(5);
      this.mixString(v);
    } else if (Array.isArray(v)) {
      this.mix(6);
      this.mix(v.length);
      for (let i = 0; i < v.length; i++) this.walk(v[i]);
    } else {
      this.mix(7);
      const keys = Object.keys(v);
      this.mix(keys.length);
      for (const k of keys) {
        this.mixString(k);
        this.walk(v[k]);
      }
    }
  }
}

function benchmark(size) {
  const text = makeJsonText(size);
  const doc = new JsonParser(text).parseDocument();
  const h = new JsonHasher();
  h.walk(doc);
  return [h.hash, h.count, h.sum];
}

// Computed with node; verify also re-parses the same text with JSON.parse.
const JSON_EXPECTED = {
  10: [1497952274, 246, 618058.24611],
  200: [1254753589, 4898, 10410540.616269995],
  400: [1131566036, 9776, 21189036.34128003],
};

function verify(result, size) {
  if (!Array.isArray(result) || result.length !== 3) return false;
  const e = JSON_EXPECTED[size];
  if (e !== undefined && (result[0] !== e[0] || result[1] !== e[1] || result[2] !== e[2])) return false;
  // Independent parse of the same text with the built-in JSON.parse.
  const h = new JsonHasher();
  h.walk(JSON.parse(makeJsonText(size)));
  return result[0] === h.hash && result[1] === h.count && result[2] === h.sum;
}
