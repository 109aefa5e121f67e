//! Integration tests: one binary (faster to build and link), one module per subcommand.
//!
//! - `support`: hermetic command builders (`cmd`, `cmd_tty`), the spawned listener, fake servers.
//! - `cases::<command>`: exit code, stdout and stderr of each command, human and `--json`.

mod support;

mod cases;
