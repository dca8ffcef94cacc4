//! The Mersenne Twister core of Python's `random` module, bit-exact with
//! CPython's `Modules/_randommodule.c` and `Lib/random.py`.
//!
//! Programs print random numbers after `random.seed(n)` and expect the same
//! output as CPython, so every step that consumes generator output must
//! match: the MT19937 generator itself, how an int seed becomes the key of
//! `init_by_array`, how `random()` builds a double from two outputs, the
//! word order of `getrandbits` beyond 32 bits, and the rejection loop of
//! `_randbelow_with_getrandbits`.

use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hasher};
use std::time::{SystemTime, UNIX_EPOCH};

use num_bigint::{BigInt, BigUint};
use num_traits::Zero;

/// Number of 32-bit words of generator state.
pub const STATE_WORDS: usize = 624;

/// The "middle word" offset of MT19937's recurrence.
const SHIFT_OFFSET: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// An MT19937 generator with CPython's seeding and derived operations.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MersenneTwister {
    state: [u32; STATE_WORDS],
    /// Index of the next state word to temper; `STATE_WORDS` means the state
    /// must be regenerated first.
    index: usize,
}

impl MersenneTwister {
    /// MT19937's `init_genrand`: fill the state from a single word.
    fn from_word(seed: u32) -> Self {
        let mut state = [0u32; STATE_WORDS];
        state[0] = seed;
        for i in 1..STATE_WORDS {
            let prev = state[i - 1];
            state[i] = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        MersenneTwister {
            state,
            index: STATE_WORDS,
        }
    }

    /// MT19937's `init_by_array`, which CPython uses for every seed. An empty
    /// key is treated as `[0]`, the key CPython builds for seed 0.
    pub fn from_key(key: &[u32]) -> Self {
        let key: &[u32] = if key.is_empty() { &[0] } else { key };
        let mut mt = Self::from_word(19_650_218);
        let s = &mut mt.state;
        let mut i = 1;
        let mut j = 0;
        for _ in 0..STATE_WORDS.max(key.len()) {
            let prev = s[i - 1];
            s[i] = (s[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= STATE_WORDS {
                s[0] = s[STATE_WORDS - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..STATE_WORDS - 1 {
            let prev = s[i - 1];
            s[i] =
                (s[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= STATE_WORDS {
                s[0] = s[STATE_WORDS - 1];
                i = 1;
            }
        }
        // The most significant bit is 1, assuring a non-zero initial state.
        s[0] = 0x8000_0000;
        mt
    }

    /// A generator as after `random.seed(n)` for an int `n`.
    pub fn from_seed(n: &BigInt) -> Self {
        // CPython seeds with abs(n) split into 32-bit words, least
        // significant first; zero becomes the single word 0.
        Self::from_key(&n.magnitude().to_u32_digits())
    }

    /// Re-seed as `random.seed(n)` does for an int `n` (the sign is ignored,
    /// so `seed(-5)` equals `seed(5)`).
    pub fn seed_from_bigint(&mut self, n: &BigInt) {
        *self = Self::from_seed(n);
    }

    /// A generator seeded unpredictably, for programs that never call
    /// `random.seed`. CPython reads `os.urandom` here; no exact sequence is
    /// promised, so the OS-seeded keys of std's `RandomState` mixed with the
    /// clock and the process id serve.
    pub fn from_time_or_os() -> Self {
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        let mut key = Vec::with_capacity(8);
        for round in 0..4u32 {
            let mut hasher = RandomState::new().build_hasher();
            hasher.write_u128(nanos);
            hasher.write_u32(std::process::id());
            hasher.write_u32(round);
            let word = hasher.finish();
            key.push(word as u32);
            key.push((word >> 32) as u32);
        }
        Self::from_key(&key)
    }

    /// The raw state, as `random.getstate()` exposes it: 624 words and the
    /// index of the next word to use.
    pub fn state(&self) -> (&[u32; STATE_WORDS], usize) {
        (&self.state, self.index)
    }

    /// Rebuild a generator from [`MersenneTwister::state`]'s output, as
    /// `random.setstate()` does; `None` when `index > 624`, which CPython
    /// rejects with `ValueError: invalid state`.
    pub fn from_state(state: [u32; STATE_WORDS], index: usize) -> Option<Self> {
        (index <= STATE_WORDS).then_some(MersenneTwister { state, index })
    }

    /// Regenerate all 624 state words at once (MT19937's "twist").
    fn twist(&mut self) {
        let s = &mut self.state;
        let mix = |upper: u32, lower: u32| {
            let y = (upper & UPPER_MASK) | (lower & LOWER_MASK);
            (y >> 1) ^ if y & 1 == 1 { MATRIX_A } else { 0 }
        };
        for k in 0..STATE_WORDS {
            let next = s[(k + 1) % STATE_WORDS];
            s[k] = s[(k + SHIFT_OFFSET) % STATE_WORDS] ^ mix(s[k], next);
        }
        self.index = 0;
    }

    /// The next 32-bit output (CPython's `genrand_uint32`).
    pub fn next_u32(&mut self) -> u32 {
        if self.index >= STATE_WORDS {
            self.twist();
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// `random.random()`: a float in [0.0, 1.0) with 53 random bits, built
    /// from two outputs exactly as CPython does.
    pub fn random(&mut self) -> f64 {
        let a = self.next_u32() >> 5;
        let b = self.next_u32() >> 6;
        (f64::from(a) * 67_108_864.0 + f64::from(b)) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `random.getrandbits(k)`: an int with `k` random bits. Beyond 32 bits
    /// CPython fills 32-bit words from the least significant end and takes
    /// the top bits of the last output for a partial final word.
    pub fn getrandbits(&mut self, k: u32) -> BigUint {
        if k == 0 {
            // CPython consumes no output for k == 0.
            return BigUint::zero();
        }
        if k <= 32 {
            return BigUint::from(self.next_u32() >> (32 - k));
        }
        let words = (k - 1) / 32 + 1;
        let mut left = k;
        let digits: Vec<u32> = (0..words)
            .map(|_| {
                let r = self.next_u32();
                let word = if left < 32 { r >> (32 - left) } else { r };
                left = left.saturating_sub(32);
                word
            })
            .collect();
        BigUint::new(digits)
    }

    /// [`MersenneTwister::getrandbits`] for `k <= 64`, without allocating;
    /// the same value and the same generator consumption. `None` (and no
    /// output consumed) when `k > 64`.
    pub fn getrandbits_u64(&mut self, k: u32) -> Option<u64> {
        match k {
            0 => Some(0),
            1..=32 => Some(u64::from(self.next_u32() >> (32 - k))),
            33..=64 => {
                let low = u64::from(self.next_u32());
                let high = u64::from(self.next_u32() >> (64 - k));
                Some((high << 32) | low)
            }
            _ => None,
        }
    }

    /// `random._randbelow(n)`: uniform in `[0, n)` by CPython's rejection
    /// loop (draw `n.bit_length()` bits until the result is below `n`), which
    /// `randrange`, `randint`, `choice` and `shuffle` all build on.
    ///
    /// CPython never calls it with 0 (its callers raise first); here `n == 0`
    /// returns 0 without consuming output instead of looping forever.
    pub fn randbelow(&mut self, n: &BigUint) -> BigUint {
        if n.is_zero() {
            return BigUint::zero();
        }
        // A bound with more than u32::MAX bits would need half a gigabyte;
        // saturating keeps this total (any draw is then below `n`).
        let k = u32::try_from(n.bits()).unwrap_or(u32::MAX);
        loop {
            let r = self.getrandbits(k);
            if &r < n {
                return r;
            }
        }
    }

    /// [`MersenneTwister::randbelow`] for a `u64` bound, without allocating;
    /// the same values and the same generator consumption.
    pub fn randbelow_u64(&mut self, n: u64) -> u64 {
        if n == 0 {
            return 0;
        }
        let k = u64::BITS - n.leading_zeros();
        loop {
            // k <= 64, so the draw always succeeds.
            let r = self.getrandbits_u64(k).unwrap_or(0);
            if r < n {
                return r;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seeded(n: i128) -> MersenneTwister {
        MersenneTwister::from_seed(&BigInt::from(n))
    }

    // Every expected value below was printed by CPython 3.11.

    #[test]
    fn random_after_seed_42() {
        let mut mt = seeded(42);
        let got: Vec<f64> = (0..3).map(|_| mt.random()).collect();
        assert_eq!(
            got,
            [
                0.6394267984578837,
                0.025010755222666936,
                0.27502931836911926
            ]
        );
    }

    #[test]
    fn random_after_various_seeds() {
        assert_eq!(seeded(0).random(), 0.8444218515250481);
        // The sign of the seed is ignored.
        assert_eq!(seeded(-5).random(), 0.6229016948897019);
        assert_eq!(seeded(5).random(), 0.6229016948897019);
        assert_eq!(seeded(1 << 32).random(), 0.11299430095636409);
        let big: BigInt = "12345678901234567890123".parse().unwrap();
        assert_eq!(
            MersenneTwister::from_seed(&big).random(),
            0.15803717805068784
        );
    }

    #[test]
    fn getrandbits_word_order() {
        assert_eq!(
            seeded(1).getrandbits(64),
            BigUint::from(10499958131665514997u64)
        );
        let want: BigUint = "1169245609517217401678349469645".parse().unwrap();
        assert_eq!(seeded(0).getrandbits(100), want);

        let mut mt = seeded((1 << 64) - 1);
        assert_eq!(mt.getrandbits(32), BigUint::from(93740670u32));
        assert_eq!(mt.getrandbits(1), BigUint::from(0u32));
        assert_eq!(mt.getrandbits(33), BigUint::from(5747075648u64));
        assert_eq!(mt.getrandbits(64), BigUint::from(8412893781816475729u64));
        let want: BigUint = "20199507989192304067".parse().unwrap();
        assert_eq!(mt.getrandbits(65), want);

        let mut mt = seeded(99);
        assert_eq!(mt.getrandbits(0), BigUint::zero());
        let want: BigUint = "396902791890014791923725926856940442653350488881003995274089"
            .parse()
            .unwrap();
        assert_eq!(mt.getrandbits(200), want);
    }

    #[test]
    fn u64_fast_paths_agree() {
        let mut mt = seeded((1 << 64) - 1);
        assert_eq!(mt.getrandbits_u64(32), Some(93740670));
        assert_eq!(mt.getrandbits_u64(1), Some(0));
        assert_eq!(mt.getrandbits_u64(33), Some(5747075648));
        assert_eq!(mt.getrandbits_u64(64), Some(8412893781816475729));
        assert_eq!(mt.getrandbits_u64(65), None);

        let mut a = seeded(2024);
        let mut b = seeded(2024);
        for n in [1u64, 2, 3, 10, 1000, (1 << 32) + 1, u64::MAX / 3, u64::MAX] {
            for _ in 0..20 {
                assert_eq!(
                    BigUint::from(a.randbelow_u64(n)),
                    b.randbelow(&BigUint::from(n))
                );
            }
        }
        assert_eq!(a, b);
    }

    #[test]
    fn randrange_matches_cpython() {
        let mut mt = seeded(7);
        let got: Vec<u64> = (0..10).map(|_| mt.randbelow_u64(10)).collect();
        assert_eq!(got, [5, 2, 6, 0, 1, 8, 1, 5, 9, 0]);

        // randrange(1) draws (and rejects) bits even though the answer is 0.
        let mut mt = seeded(3);
        let got: Vec<u64> = (0..3).map(|_| mt.randbelow_u64(1)).collect();
        assert_eq!(got, [0, 0, 0]);
        assert_eq!(mt.random(), 0.9159448117309811);

        let mut mt = seeded(3);
        let got: Vec<u64> = (0..3).map(|_| mt.randbelow_u64((1 << 62) + 1)).collect();
        assert_eq!(
            got,
            [
                1202937964474309450,
                4372372156980035837,
                4327904458897121193
            ]
        );

        let mut mt = seeded(3);
        let got: Vec<u64> = (0..3).map(|_| mt.randbelow_u64(u64::MAX)).collect();
        assert_eq!(
            got,
            [
                10932295209482665981,
                2405875930906139466,
                16896199536424608164
            ]
        );

        let mut mt = seeded(3);
        let bound: BigUint = "1000000000000000000000000000000".parse().unwrap();
        let got: Vec<String> = (0..3).map(|_| mt.randbelow(&bound).to_string()).collect();
        assert_eq!(
            got,
            [
                "201574606653700240791155982333",
                "602444612835390414130857206180",
                "718245193852005874320920229030"
            ]
        );
    }

    #[test]
    fn degenerate_inputs_do_not_hang_or_panic() {
        let mut mt = seeded(1);
        let before = mt.clone();
        assert_eq!(mt.randbelow(&BigUint::zero()), BigUint::zero());
        assert_eq!(mt.randbelow_u64(0), 0);
        assert_eq!(mt, before);
        assert_eq!(
            MersenneTwister::from_key(&[]),
            MersenneTwister::from_key(&[0])
        );
        assert!(MersenneTwister::from_state([0; STATE_WORDS], STATE_WORDS + 1).is_none());
    }

    #[test]
    fn state_round_trips() {
        let mut mt = seeded(11);
        mt.random();
        let (words, index) = mt.state();
        let mut copy = MersenneTwister::from_state(*words, index).unwrap();
        assert_eq!(copy.random(), mt.random());
    }

    #[test]
    fn unseeded_generators_differ() {
        let mut a = MersenneTwister::from_time_or_os();
        let mut b = MersenneTwister::from_time_or_os();
        let x: Vec<u32> = (0..4).map(|_| a.next_u32()).collect();
        let y: Vec<u32> = (0..4).map(|_| b.next_u32()).collect();
        assert_ne!(x, y);
        let r = a.random();
        assert!((0.0..1.0).contains(&r));
    }
}
