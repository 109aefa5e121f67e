//! cheese: the command-line tool for Cheese Store webhooks.
//!
//! The library exists so that the binary, the integration tests and the benchmarks share
//! one implementation (tests sign payloads with [`signature`]). Its API is not stable.
#![forbid(unsafe_code)]

pub mod api;
pub mod app;
pub mod cli;
pub mod commands;
pub mod config;
pub mod context;
pub mod delivery;
pub mod error;
pub mod events;
pub mod output;
pub mod sanitize;
pub mod secret;
pub mod signature;
pub mod ui;
