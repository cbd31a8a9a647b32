import { defineWidget } from '../define.svelte';
import { demoAttributes } from './attributes';
import DemoWidget from './DemoWidget.svelte';

defineWidget('demo', DemoWidget, demoAttributes, '');
