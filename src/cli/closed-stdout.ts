/**
 * A reader that stops reading (`readings list | head`) closes the pipe under
 * us. Like any Unix tool that gets SIGPIPE, the command then ends at once and
 * quietly: nothing is left to print to, and Node would otherwise crash on the
 * unhandled EPIPE with a stack trace. Work already committed stays; a bulk
 * import stopped this way resumes where it was when run again.
 */
export function endQuietlyWhenStdoutCloses(exitCode: number): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(exitCode);
    throw error;
  });
}
