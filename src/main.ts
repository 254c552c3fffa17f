import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { makeRouter } from './router'
import { startServiceWorker } from './offline/update-banner'
import { mountKeepingFocus } from './offline/keep-focus'
import { afterLoadWhenIdle } from './offline/idle'
import './styles/main.scss'

// govuk-frontend styles its JavaScript-enhanced components only when this class is present.
document.body.classList.add('js-enabled')
if ('noModule' in HTMLScriptElement.prototype) document.body.classList.add('govuk-frontend-supported')

const app = createApp(App)
app.use(createPinia())
const router = makeRouter()
app.use(router)
// A prerendered page (build/prerender.ts) stays on screen until the route's page and content are
// loaded; mounting then replaces it with the same markup, so nothing flashes or shifts, and focus
// stays where the user put it.
const root = document.getElementById('app')!
const mount = () => mountKeepingFocus(root, () => app.mount(root))
router.isReady().then(mount, mount)

// The service worker fetches every file for offline use: start it once the page has loaded and the
// browser is idle, so it does not compete with what the page in view needs.
const banner = document.getElementById('app-update')
if (import.meta.env.PROD && banner && 'serviceWorker' in navigator) {
  afterLoadWhenIdle(() => startServiceWorker(banner, navigator.serviceWorker, () => window.location.reload()))
}
