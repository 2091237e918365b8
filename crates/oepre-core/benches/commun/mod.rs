//! Timing shared by the bench binaries (`mod commun;` at the top of a bench): run a closure a
//! number of times after one warm-up and read the median, p95, min and max of the sorted times.
//! Each bench prints its own line (targets and wording differ); figures go in `docs/performance.md`.
#![allow(dead_code)] // each bench uses part of it

use std::time::{Duration, Instant};

/// Milliseconds, for printing.
pub fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// Sorted durations of repeated runs.
pub struct Mesure {
    durees: Vec<Duration>,
}

impl Mesure {
    /// Calls `f(0)` once to warm up, then times `f(1)` … `f(fois)`.
    pub fn chronometrer(fois: usize, mut f: impl FnMut(usize)) -> Self {
        f(0);
        Self::de((1..=fois)
            .map(|k| {
                let t = Instant::now();
                f(k);
                t.elapsed()
            })
            .collect())
    }

    /// Durations measured elsewhere.
    pub fn de(mut durees: Vec<Duration>) -> Self {
        assert!(!durees.is_empty(), "au moins une mesure");
        durees.sort();
        Self { durees }
    }

    /// Median, ms.
    pub fn mediane(&self) -> f64 {
        ms(self.durees[self.durees.len() / 2])
    }

    /// 95th percentile, ms.
    pub fn p95(&self) -> f64 {
        ms(self.durees[self.durees.len() * 95 / 100])
    }

    /// Fastest, ms.
    pub fn min(&self) -> f64 {
        ms(self.durees[0])
    }

    /// Slowest, ms.
    pub fn max(&self) -> f64 {
        ms(self.durees[self.durees.len() - 1])
    }
}
