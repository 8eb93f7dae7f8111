# Integer algorithms: gcd by hand, modular exponent, prime sieve, digit sums, factorial
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(48, 18), gcd(2**40, 6**20), gcd(17, 5), gcd(0, 9), gcd(-12, 18))
sieve = [True] * 200
sieve[0] = sieve[1] = False
for i in range(2, 15):
    if sieve[i]:
        for j in range(i * i, 200, i):
            sieve[j] = False
primes = [i for i, p in enumerate(sieve) if p]
print(len(primes), primes[-5:], sum(primes))
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
f = fact(100)
print(f, sum(int(d) for d in str(f)), len(str(f)), str(f).count("0"))
print(fact(25) // fact(23), fact(30) % (10**9 + 7), pow(fact(10), 3, 1000003))
def digits_base(n, base):
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(r)
    return out[::-1] or [0]
print(digits_base(255, 2), digits_base(10**20, 36), digits_base(0, 7))
