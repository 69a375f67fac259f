/** Reads a line from the terminal without echoing it (for passwords). */
export function readHiddenLine(prompt: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin
    process.stdout.write(prompt)
    stdin.setRawMode(true)
    stdin.resume()
    stdin.setEncoding('utf8')
    let line = ''
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\u0003') {
          finish()
          reject(new Error('cancelled'))
          return
        }
        if (char === '\r' || char === '\n') {
          finish()
          resolve(line)
          return
        }
        if (char === '\u007f' || char === '\b') line = line.slice(0, -1)
        else line += char
      }
    }
    const finish = () => {
      stdin.off('data', onData)
      stdin.setRawMode(false)
      stdin.pause()
      process.stdout.write('\n')
    }
    stdin.on('data', onData)
  })
}
