// Sieve of Eratosthenes; prints prime counts and a checksum.
function sieve(n) {
  const composite = new Array(n + 1).fill(false);
  const primes = [];
  for (let i = 2; i <= n; i++) {
    if (composite[i]) continue;
    primes.push(i);
    for (let j = i * i; j <= n; j += i) composite[j] = true;
  }
  return primes;
}
const primes = sieve(1000000);
let checksum = 0;
for (let i = 0; i < primes.length; i++) checksum = (checksum * 31 + primes[i]) % 1000000007;
console.log(primes.length, primes[primes.length - 1], checksum); // expect: 78498 999983 649590147
console.log(sieve(100).join(" "));
// expect: 2 3 5 7 11 13 17 19 23 29 31 37 41 43 47 53 59 61 67 71 73 79 83 89 97
