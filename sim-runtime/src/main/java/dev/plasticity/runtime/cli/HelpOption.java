package dev.plasticity.runtime.cli;

import picocli.CommandLine.Option;

/**
 * {@code -h, --help} of every command: picocli prints the command's usage and exits 0
 * before checking the command's required parameters ({@code run --help} needs no SCENARIO).
 */
final class HelpOption {
  @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
  boolean requested;
}
