//! `cheese config` tests.
