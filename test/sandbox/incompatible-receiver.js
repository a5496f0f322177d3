// Builtins called on the wrong receivers fail with language errors.
try { Map.prototype.set.call({}, 1, 2); } catch (e) { console.log(e.name); } // expect: TypeError
try { String.prototype.toUpperCase.call(null); } catch (e) { console.log(e.name); } // expect: TypeError
try { Array.prototype.map.call(null, (x) => x); } catch (e) { console.log(e.name); } // expect: TypeError
try { Function.prototype.call.call(1); } catch (e) { console.log(e.name); } // expect: ReferenceError
