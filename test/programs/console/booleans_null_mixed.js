// Mixed value kinds in one structure.
console.log([true, false, null, undefined, 0, "", NaN]);
// expect: [ true, false, null, undefined, 0, '', NaN ]
console.log({ t: true, f: false, n: null, u: undefined, z: 0, e: "", nan: NaN });
// expect: { t: true, f: false, n: null, u: undefined, z: 0, e: '', nan: NaN }
console.log([[true], { f: false }, [null, [undefined]]]);
// expect: [ [ true ], { f: false }, [ null, [ undefined ] ] ]
