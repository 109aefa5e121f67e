//! Manage webhook endpoints through the store's API (being built).

use crate::context::Ctx;

/// Manage webhook endpoints through the store's API
#[derive(Debug, clap::Args)]
pub struct Args {}

pub async fn run(_ctx: &Ctx, _args: Args) -> anyhow::Result<()> {
    Err(crate::error::Error::failure("not built yet").into())
}
