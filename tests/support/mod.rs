//! Shared test helpers. Not every test module uses every helper.
#![allow(dead_code)]

pub mod api_server;
pub mod app;
pub mod cmd;
pub mod fake_store;
pub mod listener;

pub use cmd::*;
