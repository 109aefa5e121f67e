//! The `cheese` binary: parse, run, report. Everything else is in the library.
#![forbid(unsafe_code)]

use std::process::ExitCode;

use clap::Parser;

use cheese::cli::Cli;
use cheese::context::Ctx;
use cheese::output::{self, Env, Output};

fn main() -> ExitCode {
    let cli = Cli::parse();
    // colored's switch is global; each stream's decision is made in `Output` and applied in `ui`.
    colored::control::set_override(true);
    let g = &cli.global;
    let out = Output::new(g.json, g.quiet, g.verbose, g.color, Env::detect());
    let ctx = Ctx::new(out, cli.global.clone());
    let result = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(anyhow::Error::from)
        .and_then(|rt| rt.block_on(cheese::app::run(&ctx, cli.command)));
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            let code = cheese::error::exit_code(&err);
            if code != 0 && err.downcast_ref::<cheese::error::Exit>().is_none() {
                output::eprintln_safe(cheese::error::render(&err).trim_end());
            }
            ExitCode::from(code)
        }
    }
}
