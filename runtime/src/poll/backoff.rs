//! The delays between polls: constant or doubling, with full or equal jitter.

use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hasher};
use std::iter::FusedIterator;
use std::time::Duration;

/// The delays between polls, as an endless iterator: [`Backoff::constant`] or
/// [`Backoff::exponential`], with [`Backoff::jitter`] or
/// [`Backoff::equal_jitter`] if wanted.
///
/// Any `IntoIterator<Item = Duration>` can be a poller's schedule
/// ([`Poller::backoff`](super::Poller::backoff)); `Backoff` is the one that
/// ships. The default, `Backoff::default()`, is exponential from 1 s to 30 s
/// with equal jitter: clients started together spread apart, and the cost
/// of finding an operation's end (fetches times the wait after it) stays
/// near the unjittered schedule's, where full jitter's is about a quarter
/// above it (see `BENCHMARKS.md`, "Polling schedule").
///
/// ```
/// use std::time::Duration;
/// use operation_response::poll::Backoff;
///
/// let ms = Duration::from_millis;
/// let delays: Vec<_> = Backoff::exponential(ms(500), ms(3000)).take(5).collect();
/// assert_eq!(delays, [ms(500), ms(1000), ms(2000), ms(3000), ms(3000)]);
///
/// let constant: Vec<_> = Backoff::constant(ms(250)).take(3).collect();
/// assert_eq!(constant, [ms(250); 3]);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Backoff {
    next: Duration,
    max: Duration,
    factor: u32,
    jitter: Option<Jitter>,
}

impl Backoff {
    /// The same delay every time.
    pub const fn constant(delay: Duration) -> Self {
        Backoff {
            next: delay,
            max: delay,
            factor: 1,
            jitter: None,
        }
    }

    /// `first`, then each delay twice the one before, capped at `max` (a
    /// `first` above `max` starts at `max`).
    pub fn exponential(first: Duration, max: Duration) -> Self {
        Backoff {
            next: first.min(max),
            max,
            factor: 2,
            jitter: None,
        }
    }

    /// Full jitter: each delay drawn uniformly from `(0, d]`, `d` the delay
    /// without jitter, so that many clients started together spread out.
    /// The mean delay is half the nominal one: more fetches, each nearer
    /// the one before; for polling, [`equal_jitter`](Backoff::equal_jitter)
    /// spreads clients at a lower cost.
    ///
    /// The draws come from a small generator seeded from the standard
    /// library's per-process random hash keys: no RNG crate. A zero delay
    /// stays zero.
    ///
    /// ```
    /// use std::time::Duration;
    /// use operation_response::poll::Backoff;
    ///
    /// let nominal = Backoff::exponential(Duration::from_secs(1), Duration::from_secs(8));
    /// for (d, n) in nominal.clone().jitter().zip(nominal).take(100) {
    ///     assert!(d > Duration::ZERO && d <= n);
    /// }
    /// ```
    #[must_use]
    pub fn jitter(self) -> Self {
        self.jitter_seeded(random_seed())
    }

    /// [`jitter`](Backoff::jitter) from a given seed: the same seed gives the
    /// same delays, for reproducible tests.
    ///
    /// ```
    /// use std::time::Duration;
    /// use operation_response::poll::Backoff;
    ///
    /// let a = Backoff::constant(Duration::from_secs(2)).jitter_seeded(7);
    /// let b = Backoff::constant(Duration::from_secs(2)).jitter_seeded(7);
    /// assert!(a.take(10).eq(b.take(10)));
    /// ```
    #[must_use]
    pub fn jitter_seeded(mut self, seed: u64) -> Self {
        self.jitter = Some(Jitter {
            state: seed,
            spread: Spread::Full,
        });
        self
    }

    /// Equal jitter: each delay drawn uniformly from `[d/2, d]`, `d` the
    /// delay without jitter. Clients started together spread over half of
    /// each delay, and no delay is shorter than half the nominal one, so
    /// the schedule costs about what it does without jitter: the default's.
    ///
    /// Drawn as [`jitter`](Backoff::jitter)'s are; a zero delay stays zero.
    ///
    /// ```
    /// use std::time::Duration;
    /// use operation_response::poll::Backoff;
    ///
    /// let nominal = Backoff::exponential(Duration::from_secs(1), Duration::from_secs(8));
    /// for (d, n) in nominal.clone().equal_jitter().zip(nominal).take(100) {
    ///     assert!(d >= n / 2 && d <= n);
    /// }
    /// ```
    #[must_use]
    pub fn equal_jitter(self) -> Self {
        self.equal_jitter_seeded(random_seed())
    }

    /// [`equal_jitter`](Backoff::equal_jitter) from a given seed: the same
    /// seed gives the same delays, for reproducible tests and simulations.
    ///
    /// ```
    /// use std::time::Duration;
    /// use operation_response::poll::Backoff;
    ///
    /// let s = Duration::from_secs;
    /// let a = Backoff::exponential(s(1), s(30)).equal_jitter_seeded(7);
    /// let b = Backoff::exponential(s(1), s(30)).equal_jitter_seeded(7);
    /// assert!(a.take(10).eq(b.take(10)));
    /// ```
    #[must_use]
    pub fn equal_jitter_seeded(mut self, seed: u64) -> Self {
        self.jitter = Some(Jitter {
            state: seed,
            spread: Spread::Equal,
        });
        self
    }
}

/// A seed from the standard library's per-process random hash keys, new
/// for each call.
fn random_seed() -> u64 {
    let mut hasher = RandomState::new().build_hasher();
    hasher.write_u64(0x6f70_2d72_6573_706f);
    hasher.finish()
}

/// Exponential from 1 s to 30 s, with equal jitter.
impl Default for Backoff {
    fn default() -> Self {
        Backoff::exponential(Duration::from_secs(1), Duration::from_secs(30)).equal_jitter()
    }
}

impl Iterator for Backoff {
    type Item = Duration;

    fn next(&mut self) -> Option<Duration> {
        let nominal = self.next;
        self.next = nominal
            .checked_mul(self.factor)
            .map_or(self.max, |d| d.min(self.max));
        Some(match &mut self.jitter {
            Some(jitter) => jitter.draw(nominal),
            None => nominal,
        })
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (usize::MAX, None)
    }
}

impl FusedIterator for Backoff {}

/// SplitMix64: enough to spread clients apart, not for secrets.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Jitter {
    state: u64,
    spread: Spread,
}

/// Where a jittered delay falls, for a nominal delay `d`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Spread {
    /// `(0, d]`.
    Full,
    /// `[d/2, d]`.
    Equal,
}

impl Jitter {
    fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform in `(0, nominal]` or `[nominal / 2, nominal]`, to the
    /// nanosecond.
    fn draw(&mut self, nominal: Duration) -> Duration {
        let nanos = u64::try_from(nominal.as_nanos()).unwrap_or(u64::MAX);
        if nanos == 0 {
            return Duration::ZERO;
        }
        // The lowest value and how many there are: `lowest..lowest + count`.
        let (lowest, count) = match self.spread {
            Spread::Full => (1, nanos),
            Spread::Equal => (nanos / 2, nanos - nanos / 2 + 1),
        };
        // Multiply-shift maps a 64-bit draw onto 0..count without a modulo's bias.
        let below = (u128::from(self.next_u64()) * u128::from(count)) >> 64;
        Duration::from_nanos(lowest + below as u64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exponential_doubles_up_to_the_cap_and_survives_overflow() {
        let s = Duration::from_secs;
        let d: Vec<_> = Backoff::exponential(s(1), s(30)).take(7).collect();
        assert_eq!(d, [s(1), s(2), s(4), s(8), s(16), s(30), s(30)]);
        let d: Vec<_> = Backoff::exponential(s(40), s(30)).take(2).collect();
        assert_eq!(d, [s(30), s(30)]);
        let huge = Duration::MAX;
        let d: Vec<_> = Backoff::exponential(huge / 2 + s(1), huge)
            .take(3)
            .collect();
        assert_eq!(d, [huge / 2 + s(1), huge, huge]);
    }

    #[test]
    fn jitter_stays_in_the_half_open_range_and_spreads() {
        let nominal = Duration::from_millis(10);
        let draws: Vec<_> = Backoff::constant(nominal)
            .jitter_seeded(1)
            .take(2000)
            .collect();
        assert!(draws.iter().all(|d| *d > Duration::ZERO && *d <= nominal));
        // Each tenth of the range gets a fair share of 2000 draws.
        let mut tenths = [0u32; 10];
        for d in &draws {
            let i = (d.as_nanos() * 10 / (nominal.as_nanos() + 1)) as usize;
            tenths[i] += 1;
        }
        assert!(tenths.iter().all(|n| (140..=260).contains(n)), "{tenths:?}");
        assert_eq!(
            Backoff::constant(Duration::ZERO).jitter().next(),
            Some(Duration::ZERO)
        );
        // Two unseeded jitters differ: the seeds come from random hash keys.
        let a: Vec<_> = Backoff::constant(nominal).jitter().take(8).collect();
        let b: Vec<_> = Backoff::constant(nominal).jitter().take(8).collect();
        assert_ne!(a, b);
    }

    #[test]
    fn equal_jitter_stays_in_the_upper_half_and_spreads() {
        let nominal = Duration::from_millis(10);
        let draws: Vec<_> = Backoff::constant(nominal)
            .equal_jitter_seeded(1)
            .take(2000)
            .collect();
        assert!(draws.iter().all(|d| *d >= nominal / 2 && *d <= nominal));
        // Each tenth of the upper half gets a fair share of 2000 draws.
        let half = nominal / 2;
        let mut tenths = [0u32; 10];
        for d in &draws {
            let i = ((*d - half).as_nanos() * 10 / (half.as_nanos() + 1)) as usize;
            tenths[i] += 1;
        }
        assert!(tenths.iter().all(|n| (140..=260).contains(n)), "{tenths:?}");
        // Both ends are reachable, to the nanosecond, and zero stays zero.
        let ns = Duration::from_nanos;
        let tiny: Vec<_> = Backoff::constant(ns(3))
            .equal_jitter_seeded(2)
            .take(200)
            .collect();
        assert!(tiny.contains(&ns(1)) && tiny.contains(&ns(3)), "{tiny:?}");
        assert!(tiny.iter().all(|d| (ns(1)..=ns(3)).contains(d)));
        let huge: Vec<_> = Backoff::constant(Duration::MAX)
            .equal_jitter_seeded(3)
            .take(50)
            .collect();
        let most = Duration::from_nanos(u64::MAX);
        assert!(
            huge.iter().all(|d| *d >= most / 2 && *d <= most),
            "{huge:?}"
        );
        assert_eq!(
            Backoff::constant(Duration::ZERO).equal_jitter().next(),
            Some(Duration::ZERO)
        );
        // The default is exponential from 1 s to 30 s with equal jitter.
        let s = Duration::from_secs;
        let nominal = Backoff::exponential(s(1), s(30));
        for (d, n) in Backoff::default().zip(nominal).take(200) {
            assert!(d >= n / 2 && d <= n, "{d:?} not in [{:?}, {n:?}]", n / 2);
        }
    }
}
