//! One module per subcommand; each test asserts exit code, stdout and stderr.

mod completions;
mod config;
mod output;
mod sign;
mod verify;
