
use builtin;
use str;

set edit:completion:arg-completer[cheese] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'cheese'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'cheese'= {
            cand --color 'When to use colors: auto (a terminal, NO_COLOR unset, TERM not dumb), always, never'
            cand --profile 'Configuration profile to use [env: CHEESE_PROFILE]'
            cand --api-key 'API key for the store''s API [env: CHEESE_API_KEY]'
            cand --api-base 'Base URL of the store''s API [env: CHEESE_API_BASE] [default: https://api.cheesestore.com]'
            cand --json 'Print results as JSON on stdout (one object per line for `listen`)'
            cand -v 'Log requests and other details on stderr (secrets are never shown)'
            cand --verbose 'Log requests and other details on stderr (secrets are never shown)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand listen 'Receive deliveries, verify them and forward them to your app'
            cand trigger 'Send signed sample events to your app, like the store does'
            cand events 'List the event types the store sends, or print a sample envelope'
            cand demo 'Try the whole flow on this machine: listen, a sample app and a realistic sequence'
            cand sign 'Print the HMAC-SHA256 signature of a payload'
            cand verify 'Check a signature against a payload and explain a mismatch'
            cand webhooks 'Manage webhook endpoints through the store''s API'
            cand login 'Save an API key to the profile after checking it with the store'
            cand logout 'Remove the API key from the profile'
            cand config 'Show or change the configuration'
            cand completions 'Print a shell completion script on stdout'
            cand man 'Print the man page (roff) on stdout'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cheese;listen'= {
            cand -f 'Forward deliveries to your app: `3000`, `localhost:3000/webhooks` or a URL'
            cand --forward 'Forward deliveries to your app: `3000`, `localhost:3000/webhooks` or a URL'
            cand -p 'Port to listen on; 0 picks a free one (the ready line says which)'
            cand --port 'Port to listen on; 0 picks a free one (the ready line says which)'
            cand --host 'Address to listen on'
            cand --secret 'Webhook secret, e.g. whsec_… (`verify` and `listen` take several, for a rotation) [env: CHEESE_WEBHOOK_SECRET]'
            cand --secret-file 'Read the webhook secret from a file (one trailing newline is ignored)'
            cand --webhook 'Verify with the secret saved by `cheese webhooks register` for this webhook (repeatable)'
            cand --register-url 'Register a temporary webhook for this session at your tunnel''s public URL'
            cand --events 'Only forward these event types: names or patterns with `*`, comma-separated, repeatable'
            cand -H 'Add a header for the app, `Name: value` (repeatable; replaces an incoming one of that name)'
            cand --header 'Add a header for the app, `Name: value` (repeatable; replaces an incoming one of that name)'
            cand --timeout 'How long to wait for the app''s answer before answering 504 (the store waits 10s)'
            cand --max-body 'Largest body accepted (413 past it): bytes or with a unit, e.g. `32MiB`, `5MB`'
            cand --cacert 'Also trust the CA certificates in this PEM file for an https:// app'
            cand --max-events 'Stop after N deliveries have been answered'
            cand --duration 'Stop after this long, e.g. `30s`, `5m`'
            cand --color 'When to use colors: auto (a terminal, NO_COLOR unset, TERM not dumb), always, never'
            cand --profile 'Configuration profile to use [env: CHEESE_PROFILE]'
            cand --api-key 'API key for the store''s API [env: CHEESE_API_KEY]'
            cand --api-base 'Base URL of the store''s API [env: CHEESE_API_BASE] [default: https://api.cheesestore.com]'
            cand --forward-invalid 'Forward deliveries whose signature does not verify (they are still shown as invalid)'
            cand -k 'Accept any TLS certificate from an https:// app (self-signed development certificates)'
            cand --insecure 'Accept any TLS certificate from an https:// app (self-signed development certificates)'
            cand --fail-on-error 'Exit 1 at the end if any delivery got 401/413/502/503/504 or a non-2xx answer from the app'
            cand --json 'Print results as JSON on stdout (one object per line for `listen`)'
            cand -v 'Log requests and other details on stderr (secrets are never shown)'
            cand --verbose 'Log requests and other details on stderr (secrets are never shown)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cheese;trigger'= {
            cand --to 'Where to send: a port (`3000`), `host:port/path` or an http(s) URL [default: http://127.0.0.1:4242/]'
            cand --secret 'Webhook secret, e.g. whsec_… (`verify` and `listen` take several, for a rotation) [env: CHEESE_WEBHOOK_SECRET]'
            cand --secret-file 'Read the webhook secret from a file (one trailing newline is ignored)'
            cand --webhook 'Use the secret saved for this webhook by `cheese webhooks register`'
            cand --set 'Set a field of every envelope, e.g. `data.tracking_number=1Z999` (repeatable)'
            cand --data 'Replace the `data` of every envelope with the JSON in FILE (`-` reads standard input)'
            cand --envelope 'Send the exact bytes of FILE as the body, only signed (no new id, no changes)'
            cand --timeout 'Give up waiting for an answer after this long (the store waits 10 s)'
            cand --color 'When to use colors: auto (a terminal, NO_COLOR unset, TERM not dumb), always, never'
            cand --profile 'Configuration profile to use [env: CHEESE_PROFILE]'
            cand --api-key 'API key for the store''s API [env: CHEESE_API_KEY]'
            cand --api-base 'Base URL of the store''s API [env: CHEESE_API_BASE] [default: https://api.cheesestore.com]'
            cand --json 'Print results as JSON on stdout (one object per line for `listen`)'
            cand -v 'Log requests and other details on stderr (secrets are never shown)'
            cand --verbose 'Log requests and other details on stderr (secrets are never shown)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cheese;events'= {
            cand --color 'When to use colors: auto (a terminal, NO_COLOR unset, TERM not dumb), always, never'
            cand --profile 'Configuration profile to use [env: CHEESE_PROFILE]'
            cand --api-key 'API key for the store''s API [env: CHEESE_API_KEY]'
            cand --api-base 'Base URL of the store''s API [env: CHEESE_API_BASE] [default: https://api.cheesestore.com]'
            cand --json 'Print results as JSON on stdout (one object per line for `listen`)'
            cand -v 'Log requests and other details on stderr (secrets are never shown)'
            cand --verbose 'Log requests and other details on stderr (secrets are never shown)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the event types with a one-line summary each (the default)'
            cand sample 'Print a realistic sample envelope of one event type'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cheese;events;list'= {
            cand --color 'When to use colors: auto (a terminal, NO_COLOR unset, TERM not dumb), always, never'
            cand --profile 'Configuration profile to use [env: CHEESE_PROFILE]'
            cand --api-key 'API key for the store''s API [env: CHEESE_API_KEY]'
            cand --api-base 'Base URL of the store''s API [env: CHEESE_API_BASE] [default: https://api.cheesestore.com]'
            cand --json 'Print results as JSON on stdout (one object per line for `listen`)'
            cand -v 'Log requests and other details on stderr (secrets are never shown)'
            cand --verbose 'Log requests and other details on stderr (secrets are never shown)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cheese;events;sample'= {
            cand --color 'When to use colors: auto (a terminal, NO_COLOR unset, TERM not dumb), always, never'
            cand --profile 'Configuration profile to use [env: CHEESE_PROFILE]'
            cand --api-key 'API key for the store''s API [env: CHEESE_API_KEY]'
            cand --api-base 'Base URL of the store''s API [env: CHEESE_API_BASE] [default: https://api.cheesestore.com]'
            cand --json 'Print results as JSON on stdout (one object per line for `listen`)'
            cand -v 'Log requests and other details on stderr (secrets are never shown)'
            cand --verbose 'Log requests and other details on stderr (secrets are never shown)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cheese;events;help'= {
            cand list 'List the event types with a one-line summary each (the default)'
            cand sample 'Print a realistic sample envelope of one event type'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cheese;events;help;list'= {
        }
        &'cheese;events;help;sample'= {
        }
        &'cheese;events;help;help'= {
        }
        &'cheese;demo'= {
            cand --color 'When to use colors: auto (a terminal, NO_COLOR unset, TERM not dumb), always, never'
            cand --profile 'Configuration profile to use [env: CHEESE_PROFILE]'
            cand --api-key 'API key for the store''s API [env: CHEESE_API_KEY]'
            cand --api-base 'Base URL of the store''s API [env: CHEESE_API_BASE] [default: https://api.cheesestore.com]'
            cand --json 'Print results as JSON on stdout (one object per line for `listen`)'
            cand -v 'Log requests and other details on stderr (secrets are never shown)'
            cand --verbose 'Log requests and other details on stderr (secrets are never shown)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cheese;sign'= {
            cand --secret 'Webhook secret, e.g. whsec_… (`verify` and `listen` take several, for a rotation) [env: CHEESE_WEBHOOK_SECRET]'
            cand --secret-file 'Read the webhook secret from a file (one trailing newline is ignored)'
            cand --webhook 'Use the secret saved for this webhook by `cheese webhooks register`'
            cand --color 'When to use colors: auto (a terminal, NO_COLOR unset, TERM not dumb), always, never'
            cand --profile 'Configuration profile to use [env: CHEESE_PROFILE]'
            cand --api-key 'API key for the store''s API [env: CHEESE_API_KEY]'
            cand --api-base 'Base URL of the store''s API [env: CHEESE_API_BASE] [default: https://api.cheesestore.com]'
            cand --header 'Print the whole header line: `X-Cheese-Signature: <signature>`'
            cand --base64 'Print the signature base64-encoded instead of hex (not what the store sends)'
            cand --json 'Print results as JSON on stdout (one object per line for `listen`)'
            cand -v 'Log requests and other details on stderr (secrets are never shown)'
            cand --verbose 'Log requests and other details on stderr (secrets are never shown)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cheese;verify'= {
            cand -s 'The X-Cheese-Signature value to check (repeat for several header lines)'
            cand --signature 'The X-Cheese-Signature value to check (repeat for several header lines)'
            cand --secret 'Webhook secret, e.g. whsec_… (`verify` and `listen` take several, for a rotation) [env: CHEESE_WEBHOOK_SECRET]'
            cand --secret-file 'Read the webhook secret from a file (one trailing newline is ignored)'
            cand --webhook 'Use the secret saved for this webhook by `cheese webhooks register`'
            cand --color 'When to use colors: auto (a terminal, NO_COLOR unset, TERM not dumb), always, never'
            cand --profile 'Configuration profile to use [env: CHEESE_PROFILE]'
            cand --api-key 'API key for the store''s API [env: CHEESE_API_KEY]'
            cand --api-base 'Base URL of the store''s API [env: CHEESE_API_BASE] [default: https://api.cheesestore.com]'
            cand --json 'Print results as JSON on stdout (one object per line for `listen`)'
            cand -v 'Log requests and other details on stderr (secrets are never shown)'
            cand --verbose 'Log requests and other details on stderr (secrets are never shown)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cheese;webhooks'= {
            cand --color 'When to use colors: auto (a terminal, NO_COLOR unset, TERM not dumb), always, never'
            cand --profile 'Configuration profile to use [env: CHEESE_PROFILE]'
            cand --api-key 'API key for the store''s API [env: CHEESE_API_KEY]'
            cand --api-base 'Base URL of the store''s API [env: CHEESE_API_BASE] [default: https://api.cheesestore.com]'
            cand --json 'Print results as JSON on stdout (one object per line for `listen`)'
            cand -v 'Log requests and other details on stderr (secrets are never shown)'
            cand --verbose 'Log requests and other details on stderr (secrets are never shown)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand register 'Register a webhook endpoint and save its secret'
            cand list 'List your webhook endpoints'
            cand get 'Show one webhook endpoint'
            cand update 'Change a webhook endpoint'
            cand delete 'Delete a webhook endpoint'
            cand test 'Ask the store to send a test event to an endpoint now'
            cand replay 'Deliver failed events again'
            cand deliveries 'Show the delivery attempts of an endpoint'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cheese;webhooks;register'= {
            cand --url 'The URL the store POSTs deliveries to'
            cand --events 'Event types to receive, comma-separated or repeated; `order.*` patterns expand (asked interactively on a terminal when omitted)'
            cand --description 'A note to recognise the endpoint by'
            cand --color 'When to use colors: auto (a terminal, NO_COLOR unset, TERM not dumb), always, never'
            cand --profile 'Configuration profile to use [env: CHEESE_PROFILE]'
            cand --api-key 'API key for the store''s API [env: CHEESE_API_KEY]'
            cand --api-base 'Base URL of the store''s API [env: CHEESE_API_BASE] [default: https://api.cheesestore.com]'
            cand --no-save-secret 'Do not save the secret in the profile (it is printed either way)'
            cand --json 'Print results as JSON on stdout (one object per line for `listen`)'
            cand -v 'Log requests and other details on stderr (secrets are never shown)'
            cand --verbose 'Log requests and other details on stderr (secrets are never shown)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cheese;webhooks;list'= {
            cand --color 'When to use colors: auto (a terminal, NO_COLOR unset, TERM not dumb), always, never'
            cand --profile 'Configuration profile to use [env: CHEESE_PROFILE]'
            cand --api-key 'API key for the store''s API [env: CHEESE_API_KEY]'
            cand --api-base 'Base URL of the store''s API [env: CHEESE_API_BASE] [default: https://api.cheesestore.com]'
            cand --json 'Print results as JSON on stdout (one object per line for `listen`)'
            cand -v 'Log requests and other details on stderr (secrets are never shown)'
            cand --verbose 'Log requests and other details on stderr (secrets are never shown)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cheese;webhooks;get'= {
            cand --color 'When to use colors: auto (a terminal, NO_COLOR unset, TERM not dumb), always, never'
            cand --profile 'Configuration profile to use [env: CHEESE_PROFILE]'
            cand --api-key 'API key for the store''s API [env: CHEESE_API_KEY]'
            cand --api-base 'Base URL of the store''s API [env: CHEESE_API_BASE] [default: https://api.cheesestore.com]'
            cand --json 'Print results as JSON on stdout (one object per line for `listen`)'
            cand -v 'Log requests and other details on stderr (secrets are never shown)'
            cand --verbose 'Log requests and other details on stderr (secrets are never shown)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cheese;webhooks;update'= {
            cand --url 'The new URL the store POSTs deliveries to'
            cand --events 'The new event types, comma-separated or repeated; `order.*` patterns expand'
            cand --description 'The new description'
            cand --color 'When to use colors: auto (a terminal, NO_COLOR unset, TERM not dumb), always, never'
            cand --profile 'Configuration profile to use [env: CHEESE_PROFILE]'
            cand --api-key 'API key for the store''s API [env: CHEESE_API_KEY]'
            cand --api-base 'Base URL of the store''s API [env: CHEESE_API_BASE] [default: https://api.cheesestore.com]'
            cand --enable 'Resume deliveries'
            cand --disable 'Pause deliveries (events are not sent while disabled)'
            cand --json 'Print results as JSON on stdout (one object per line for `listen`)'
            cand -v 'Log requests and other details on stderr (secrets are never shown)'
            cand --verbose 'Log requests and other details on stderr (secrets are never shown)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cheese;webhooks;delete'= {
            cand --color 'When to use colors: auto (a terminal, NO_COLOR unset, TERM not dumb), always, never'
            cand --profile 'Configuration profile to use [env: CHEESE_PROFILE]'
            cand --api-key 'API key for the store''s API [env: CHEESE_API_KEY]'
            cand --api-base 'Base URL of the store''s API [env: CHEESE_API_BASE] [default: https://api.cheesestore.com]'
            cand -y 'Do not ask for confirmation (required when not running interactively)'
            cand --yes 'Do not ask for confirmation (required when not running interactively)'
            cand --json 'Print results as JSON on stdout (one object per line for `listen`)'
            cand -v 'Log requests and other details on stderr (secrets are never shown)'
            cand --verbose 'Log requests and other details on stderr (secrets are never shown)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cheese;webhooks;test'= {
            cand --type 'The event type to send [default: webhook.test]'
            cand --color 'When to use colors: auto (a terminal, NO_COLOR unset, TERM not dumb), always, never'
            cand --profile 'Configuration profile to use [env: CHEESE_PROFILE]'
            cand --api-key 'API key for the store''s API [env: CHEESE_API_KEY]'
            cand --api-base 'Base URL of the store''s API [env: CHEESE_API_BASE] [default: https://api.cheesestore.com]'
            cand --json 'Print results as JSON on stdout (one object per line for `listen`)'
            cand -v 'Log requests and other details on stderr (secrets are never shown)'
            cand --verbose 'Log requests and other details on stderr (secrets are never shown)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cheese;webhooks;replay'= {
            cand --color 'When to use colors: auto (a terminal, NO_COLOR unset, TERM not dumb), always, never'
            cand --profile 'Configuration profile to use [env: CHEESE_PROFILE]'
            cand --api-key 'API key for the store''s API [env: CHEESE_API_KEY]'
            cand --api-base 'Base URL of the store''s API [env: CHEESE_API_BASE] [default: https://api.cheesestore.com]'
            cand --all-dead 'Replay everything in the dead letter queue'
            cand --json 'Print results as JSON on stdout (one object per line for `listen`)'
            cand -v 'Log requests and other details on stderr (secrets are never shown)'
            cand --verbose 'Log requests and other details on stderr (secrets are never shown)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cheese;webhooks;deliveries'= {
            cand --status 'Only deliveries in this state'
            cand --color 'When to use colors: auto (a terminal, NO_COLOR unset, TERM not dumb), always, never'
            cand --profile 'Configuration profile to use [env: CHEESE_PROFILE]'
            cand --api-key 'API key for the store''s API [env: CHEESE_API_KEY]'
            cand --api-base 'Base URL of the store''s API [env: CHEESE_API_BASE] [default: https://api.cheesestore.com]'
            cand --json 'Print results as JSON on stdout (one object per line for `listen`)'
            cand -v 'Log requests and other details on stderr (secrets are never shown)'
            cand --verbose 'Log requests and other details on stderr (secrets are never shown)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cheese;webhooks;help'= {
            cand register 'Register a webhook endpoint and save its secret'
            cand list 'List your webhook endpoints'
            cand get 'Show one webhook endpoint'
            cand update 'Change a webhook endpoint'
            cand delete 'Delete a webhook endpoint'
            cand test 'Ask the store to send a test event to an endpoint now'
            cand replay 'Deliver failed events again'
            cand deliveries 'Show the delivery attempts of an endpoint'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cheese;webhooks;help;register'= {
        }
        &'cheese;webhooks;help;list'= {
        }
        &'cheese;webhooks;help;get'= {
        }
        &'cheese;webhooks;help;update'= {
        }
        &'cheese;webhooks;help;delete'= {
        }
        &'cheese;webhooks;help;test'= {
        }
        &'cheese;webhooks;help;replay'= {
        }
        &'cheese;webhooks;help;deliveries'= {
        }
        &'cheese;webhooks;help;help'= {
        }
        &'cheese;login'= {
            cand --color 'When to use colors: auto (a terminal, NO_COLOR unset, TERM not dumb), always, never'
            cand --profile 'Configuration profile to use [env: CHEESE_PROFILE]'
            cand --api-key 'API key for the store''s API [env: CHEESE_API_KEY]'
            cand --api-base 'Base URL of the store''s API [env: CHEESE_API_BASE] [default: https://api.cheesestore.com]'
            cand --api-key-stdin 'Read the API key from standard input (one trailing newline is ignored)'
            cand --json 'Print results as JSON on stdout (one object per line for `listen`)'
            cand -v 'Log requests and other details on stderr (secrets are never shown)'
            cand --verbose 'Log requests and other details on stderr (secrets are never shown)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cheese;logout'= {
            cand --color 'When to use colors: auto (a terminal, NO_COLOR unset, TERM not dumb), always, never'
            cand --profile 'Configuration profile to use [env: CHEESE_PROFILE]'
            cand --api-key 'API key for the store''s API [env: CHEESE_API_KEY]'
            cand --api-base 'Base URL of the store''s API [env: CHEESE_API_BASE] [default: https://api.cheesestore.com]'
            cand --json 'Print results as JSON on stdout (one object per line for `listen`)'
            cand -v 'Log requests and other details on stderr (secrets are never shown)'
            cand --verbose 'Log requests and other details on stderr (secrets are never shown)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cheese;config'= {
            cand --color 'When to use colors: auto (a terminal, NO_COLOR unset, TERM not dumb), always, never'
            cand --profile 'Configuration profile to use [env: CHEESE_PROFILE]'
            cand --api-key 'API key for the store''s API [env: CHEESE_API_KEY]'
            cand --api-base 'Base URL of the store''s API [env: CHEESE_API_BASE] [default: https://api.cheesestore.com]'
            cand --json 'Print results as JSON on stdout (one object per line for `listen`)'
            cand -v 'Log requests and other details on stderr (secrets are never shown)'
            cand --verbose 'Log requests and other details on stderr (secrets are never shown)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand path 'Print the path of the config file'
            cand show 'Show every resolved value and where it came from (secrets masked)'
            cand get 'Print one value of the active profile, unmasked (for scripts)'
            cand set 'Set one value in the active profile (creates the file and the profile)'
            cand unset 'Remove one value from the active profile'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cheese;config;path'= {
            cand --color 'When to use colors: auto (a terminal, NO_COLOR unset, TERM not dumb), always, never'
            cand --profile 'Configuration profile to use [env: CHEESE_PROFILE]'
            cand --api-key 'API key for the store''s API [env: CHEESE_API_KEY]'
            cand --api-base 'Base URL of the store''s API [env: CHEESE_API_BASE] [default: https://api.cheesestore.com]'
            cand --json 'Print results as JSON on stdout (one object per line for `listen`)'
            cand -v 'Log requests and other details on stderr (secrets are never shown)'
            cand --verbose 'Log requests and other details on stderr (secrets are never shown)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cheese;config;show'= {
            cand --color 'When to use colors: auto (a terminal, NO_COLOR unset, TERM not dumb), always, never'
            cand --profile 'Configuration profile to use [env: CHEESE_PROFILE]'
            cand --api-key 'API key for the store''s API [env: CHEESE_API_KEY]'
            cand --api-base 'Base URL of the store''s API [env: CHEESE_API_BASE] [default: https://api.cheesestore.com]'
            cand --json 'Print results as JSON on stdout (one object per line for `listen`)'
            cand -v 'Log requests and other details on stderr (secrets are never shown)'
            cand --verbose 'Log requests and other details on stderr (secrets are never shown)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cheese;config;get'= {
            cand --color 'When to use colors: auto (a terminal, NO_COLOR unset, TERM not dumb), always, never'
            cand --profile 'Configuration profile to use [env: CHEESE_PROFILE]'
            cand --api-key 'API key for the store''s API [env: CHEESE_API_KEY]'
            cand --api-base 'Base URL of the store''s API [env: CHEESE_API_BASE] [default: https://api.cheesestore.com]'
            cand --json 'Print results as JSON on stdout (one object per line for `listen`)'
            cand -v 'Log requests and other details on stderr (secrets are never shown)'
            cand --verbose 'Log requests and other details on stderr (secrets are never shown)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cheese;config;set'= {
            cand --color 'When to use colors: auto (a terminal, NO_COLOR unset, TERM not dumb), always, never'
            cand --profile 'Configuration profile to use [env: CHEESE_PROFILE]'
            cand --api-key 'API key for the store''s API [env: CHEESE_API_KEY]'
            cand --api-base 'Base URL of the store''s API [env: CHEESE_API_BASE] [default: https://api.cheesestore.com]'
            cand --json 'Print results as JSON on stdout (one object per line for `listen`)'
            cand -v 'Log requests and other details on stderr (secrets are never shown)'
            cand --verbose 'Log requests and other details on stderr (secrets are never shown)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cheese;config;unset'= {
            cand --color 'When to use colors: auto (a terminal, NO_COLOR unset, TERM not dumb), always, never'
            cand --profile 'Configuration profile to use [env: CHEESE_PROFILE]'
            cand --api-key 'API key for the store''s API [env: CHEESE_API_KEY]'
            cand --api-base 'Base URL of the store''s API [env: CHEESE_API_BASE] [default: https://api.cheesestore.com]'
            cand --json 'Print results as JSON on stdout (one object per line for `listen`)'
            cand -v 'Log requests and other details on stderr (secrets are never shown)'
            cand --verbose 'Log requests and other details on stderr (secrets are never shown)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cheese;config;help'= {
            cand path 'Print the path of the config file'
            cand show 'Show every resolved value and where it came from (secrets masked)'
            cand get 'Print one value of the active profile, unmasked (for scripts)'
            cand set 'Set one value in the active profile (creates the file and the profile)'
            cand unset 'Remove one value from the active profile'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cheese;config;help;path'= {
        }
        &'cheese;config;help;show'= {
        }
        &'cheese;config;help;get'= {
        }
        &'cheese;config;help;set'= {
        }
        &'cheese;config;help;unset'= {
        }
        &'cheese;config;help;help'= {
        }
        &'cheese;completions'= {
            cand --color 'When to use colors: auto (a terminal, NO_COLOR unset, TERM not dumb), always, never'
            cand --profile 'Configuration profile to use [env: CHEESE_PROFILE]'
            cand --api-key 'API key for the store''s API [env: CHEESE_API_KEY]'
            cand --api-base 'Base URL of the store''s API [env: CHEESE_API_BASE] [default: https://api.cheesestore.com]'
            cand --json 'Print results as JSON on stdout (one object per line for `listen`)'
            cand -v 'Log requests and other details on stderr (secrets are never shown)'
            cand --verbose 'Log requests and other details on stderr (secrets are never shown)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cheese;man'= {
            cand --color 'When to use colors: auto (a terminal, NO_COLOR unset, TERM not dumb), always, never'
            cand --profile 'Configuration profile to use [env: CHEESE_PROFILE]'
            cand --api-key 'API key for the store''s API [env: CHEESE_API_KEY]'
            cand --api-base 'Base URL of the store''s API [env: CHEESE_API_BASE] [default: https://api.cheesestore.com]'
            cand --json 'Print results as JSON on stdout (one object per line for `listen`)'
            cand -v 'Log requests and other details on stderr (secrets are never shown)'
            cand --verbose 'Log requests and other details on stderr (secrets are never shown)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cheese;help'= {
            cand listen 'Receive deliveries, verify them and forward them to your app'
            cand trigger 'Send signed sample events to your app, like the store does'
            cand events 'List the event types the store sends, or print a sample envelope'
            cand demo 'Try the whole flow on this machine: listen, a sample app and a realistic sequence'
            cand sign 'Print the HMAC-SHA256 signature of a payload'
            cand verify 'Check a signature against a payload and explain a mismatch'
            cand webhooks 'Manage webhook endpoints through the store''s API'
            cand login 'Save an API key to the profile after checking it with the store'
            cand logout 'Remove the API key from the profile'
            cand config 'Show or change the configuration'
            cand completions 'Print a shell completion script on stdout'
            cand man 'Print the man page (roff) on stdout'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cheese;help;listen'= {
        }
        &'cheese;help;trigger'= {
        }
        &'cheese;help;events'= {
            cand list 'List the event types with a one-line summary each (the default)'
            cand sample 'Print a realistic sample envelope of one event type'
        }
        &'cheese;help;events;list'= {
        }
        &'cheese;help;events;sample'= {
        }
        &'cheese;help;demo'= {
        }
        &'cheese;help;sign'= {
        }
        &'cheese;help;verify'= {
        }
        &'cheese;help;webhooks'= {
            cand register 'Register a webhook endpoint and save its secret'
            cand list 'List your webhook endpoints'
            cand get 'Show one webhook endpoint'
            cand update 'Change a webhook endpoint'
            cand delete 'Delete a webhook endpoint'
            cand test 'Ask the store to send a test event to an endpoint now'
            cand replay 'Deliver failed events again'
            cand deliveries 'Show the delivery attempts of an endpoint'
        }
        &'cheese;help;webhooks;register'= {
        }
        &'cheese;help;webhooks;list'= {
        }
        &'cheese;help;webhooks;get'= {
        }
        &'cheese;help;webhooks;update'= {
        }
        &'cheese;help;webhooks;delete'= {
        }
        &'cheese;help;webhooks;test'= {
        }
        &'cheese;help;webhooks;replay'= {
        }
        &'cheese;help;webhooks;deliveries'= {
        }
        &'cheese;help;login'= {
        }
        &'cheese;help;logout'= {
        }
        &'cheese;help;config'= {
            cand path 'Print the path of the config file'
            cand show 'Show every resolved value and where it came from (secrets masked)'
            cand get 'Print one value of the active profile, unmasked (for scripts)'
            cand set 'Set one value in the active profile (creates the file and the profile)'
            cand unset 'Remove one value from the active profile'
        }
        &'cheese;help;config;path'= {
        }
        &'cheese;help;config;show'= {
        }
        &'cheese;help;config;get'= {
        }
        &'cheese;help;config;set'= {
        }
        &'cheese;help;config;unset'= {
        }
        &'cheese;help;completions'= {
        }
        &'cheese;help;man'= {
        }
        &'cheese;help;help'= {
        }
    ]
    $completions[$command]
}
