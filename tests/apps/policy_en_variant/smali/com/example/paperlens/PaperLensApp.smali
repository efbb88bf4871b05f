.class public Lcom/example/paperlens/PaperLensApp;
.super Landroid/app/Application;
.source "PaperLensApp.kt"


# direct methods
.method public constructor <init>()V
    .registers 1

    invoke-direct {p0}, Landroid/app/Application;-><init>()V

    return-void
.end method

.method public static enableTracking(Landroid/content/Context;)V
    .registers 3

    invoke-static {p0}, Lcom/google/firebase/analytics/FirebaseAnalytics;->getInstance(Landroid/content/Context;)Lcom/google/firebase/analytics/FirebaseAnalytics;

    move-result-object v0

    const/4 v1, 0x1

    invoke-virtual {v0, v1}, Lcom/google/firebase/analytics/FirebaseAnalytics;->setAnalyticsCollectionEnabled(Z)V

    invoke-static {v1}, Lcom/facebook/FacebookSdk;->setAutoInitEnabled(Z)V

    invoke-static {}, Lcom/facebook/FacebookSdk;->fullyInitialize()V

    return-void
.end method


# virtual methods
.method public onCreate()V
    .registers 4

    invoke-super {p0}, Landroid/app/Application;->onCreate()V

    const-string v0, "paperlens"

    const/4 v1, 0x0

    invoke-virtual {p0, v0, v1}, Lcom/example/paperlens/PaperLensApp;->getSharedPreferences(Ljava/lang/String;I)Landroid/content/SharedPreferences;

    move-result-object v0

    const-string v2, "consent_v4"

    invoke-interface {v0, v2, v1}, Landroid/content/SharedPreferences;->getBoolean(Ljava/lang/String;Z)Z

    move-result v0

    if-eqz v0, :cond_18

    invoke-static {p0}, Lcom/example/paperlens/PaperLensApp;->enableTracking(Landroid/content/Context;)V

    :cond_18
    return-void
.end method
