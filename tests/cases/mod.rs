//! One module per subcommand; each test asserts exit code, stdout and stderr.

mod completions;
mod config;
mod demo;
mod events;
mod listen;
mod output;
mod trigger;
mod sign;
mod verify;
mod login;
mod webhooks;
