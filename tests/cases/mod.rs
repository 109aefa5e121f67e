//! One module per subcommand; each test asserts exit code, stdout and stderr.

mod completions;
mod config;
mod demo;
mod events;
mod listen;
mod login;
mod output;
mod sign;
mod trigger;
mod verify;
mod webhooks;
