//! `voiceai-limit-worker`: one process of a fleet sharing a Ringyo key, for the multi-process
//! tests of the shared plan limit (see `voiceai_tests::limit_worker`).
#![forbid(unsafe_code)]

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match voiceai_tests::limit_worker::WorkerArgs::parse(&args) {
        Ok(args) => println!("{}", voiceai_tests::limit_worker::run(&args)),
        Err(e) => {
            eprintln!("voiceai-limit-worker: {e}");
            std::process::exit(2);
        }
    }
}
