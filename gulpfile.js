// tsc does not copy icons; n8n loads them from dist next to the compiled node and credential.
const { src, dest } = require('gulp');

function copyIcons() {
	return src(['nodes/**/*.{png,svg,json}', 'credentials/**/*.{png,svg}'], { base: '.', encoding: false }).pipe(
		dest('dist'),
	);
}

exports['build:icons'] = copyIcons;
