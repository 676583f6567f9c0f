/*
 * Warta's one script, small and optional: every page works without it.
 * - Keyboard: j / k next and previous item of a list, / the search box, ? the help.
 * - Phones: the filters of a list fold behind a button, so the first result is on the
 *   first screen.
 * Loaded from Warta itself, as the Content-Security-Policy allows; no inline script.
 */
(function () {
	'use strict';

	// Before the first paint: the styles fold the filters on phones only with this class.
	document.documentElement.classList.add('js');

	function typing(target) {
		return target instanceof HTMLElement
			&& (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
	}

	/** The links a reader steps through with j and k: the titles of the list's items. */
	function items() {
		return Array.from(document.querySelectorAll(
			'main .card-title a, main .version h3 a, main .timeline li a:first-of-type'));
	}

	function step(by) {
		var links = items();
		if (links.length === 0) {
			return;
		}
		var at = links.indexOf(document.activeElement);
		var next = (at < 0) ? (by > 0 ? 0 : links.length - 1) : Math.min(links.length - 1, Math.max(0, at + by));
		links[next].focus();
		links[next].scrollIntoView({ block: 'nearest' });
		links.forEach(function (link, i) {
			var item = link.closest('li, article');
			if (item) {
				item.classList.toggle('current', i === next);
			}
		});
	}

	function help() {
		var dialog = document.getElementById('keys-help');
		if (dialog && typeof dialog.showModal === 'function') {
			if (dialog.open) {
				dialog.close();
			}
			else {
				dialog.showModal();
			}
		}
	}

	document.addEventListener('keydown', function (event) {
		if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) {
			return;
		}
		if (event.key === 'j') {
			step(1);
		}
		else if (event.key === 'k') {
			step(-1);
		}
		else if (event.key === '/') {
			var box = document.getElementById('search-q');
			if (box) {
				event.preventDefault();
				box.focus();
				box.select();
			}
		}
		else if (event.key === '?') {
			help();
		}
		else {
			return;
		}
		event.preventDefault();
	});

	document.addEventListener('DOMContentLoaded', function () {
		var button = document.querySelector('.filters-button');
		var filters = document.getElementById('filters');
		if (!button || !filters) {
			return;
		}
		button.addEventListener('click', function () {
			var open = button.getAttribute('aria-expanded') !== 'true';
			button.setAttribute('aria-expanded', String(open));
			filters.classList.toggle('open', open);
		});
	});
}());
