package id.warta.system;

import org.springframework.context.SmartLifecycle;

/**
 * Work done once at start, in its {@link StartupPhases phase}, before the web server
 * opens. Nothing to stop.
 */
public abstract class StartupWork implements SmartLifecycle {

	private final int phase;

	private volatile boolean running;

	protected StartupWork(int phase) {
		this.phase = phase;
	}

	/** The work. */
	protected abstract void work();

	@Override
	public final void start() {
		work();
		this.running = true;
	}

	@Override
	public final void stop() {
		this.running = false;
	}

	@Override
	public final boolean isRunning() {
		return this.running;
	}

	@Override
	public final int getPhase() {
		return this.phase;
	}

}
