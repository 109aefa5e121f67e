//! One module per subcommand: `Args` (clap) then `run`.

pub mod completions;
pub mod config;
pub mod demo;
pub mod events;
pub mod listen;
pub mod login;
pub mod sign;
pub mod trigger;
pub mod verify;
pub mod webhooks;
