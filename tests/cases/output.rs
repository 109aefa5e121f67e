//! `cheese output` tests.
