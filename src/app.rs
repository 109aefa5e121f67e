//! Dispatch: one arm per command.

use crate::cli::Command;
use crate::commands;
use crate::context::Ctx;

pub async fn run(ctx: &Ctx, command: Command) -> anyhow::Result<()> {
    match command {
        Command::Listen(args) => commands::listen::run(ctx, args).await,
        Command::Trigger(args) => commands::trigger::run(ctx, args).await,
        Command::Events(args) => commands::events::run(ctx, args),
        Command::Demo(args) => commands::demo::run(ctx, args).await,
        Command::Sign(args) => commands::sign::run(ctx, args),
        Command::Verify(args) => commands::verify::run(ctx, args),
        Command::Webhooks(args) => commands::webhooks::run(ctx, args).await,
        Command::Login(args) => commands::login::run(ctx, args).await,
        Command::Logout(args) => commands::login::logout(ctx, args),
        Command::Config(args) => commands::config::run(ctx, args),
        Command::Completions(args) => commands::completions::run(ctx, args),
        Command::Man => commands::completions::man(ctx),
    }
}
