//! `cheese completions` tests.
