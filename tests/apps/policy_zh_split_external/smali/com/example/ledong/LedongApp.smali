.class public Lcom/example/ledong/LedongApp;
.super Landroid/app/Application;
.source "LedongApp.java"


# static fields
.field public static final PRIVACY_URL:Ljava/lang/String; = "https://m.ledong.example.com/h5/privacy.html"

.field private static final SA_SERVER_URL:Ljava/lang/String; = "https://sa.ledong.example.com/sa?project=production"


# direct methods
.method public constructor <init>()V
    .registers 1

    invoke-direct {p0}, Landroid/app/Application;-><init>()V

    return-void
.end method

.method public static afterConsent(Landroid/content/Context;)V
    .registers 4

    invoke-virtual {p0}, Landroid/content/Context;->getApplicationContext()Landroid/content/Context;

    move-result-object p0

    new-instance v0, Lcom/sensorsdata/analytics/android/sdk/SAConfigOptions;

    const-string v1, "https://sa.ledong.example.com/sa?project=production"

    invoke-direct {v0, v1}, Lcom/sensorsdata/analytics/android/sdk/SAConfigOptions;-><init>(Ljava/lang/String;)V

    const/16 v1, 0xf

    invoke-virtual {v0, v1}, Lcom/sensorsdata/analytics/android/sdk/SAConfigOptions;->setAutoTrackEventType(I)Lcom/sensorsdata/analytics/android/sdk/SAConfigOptions;

    invoke-static {p0, v0}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->startWithConfigOptions(Landroid/content/Context;Lcom/sensorsdata/analytics/android/sdk/SAConfigOptions;)V

    const/4 v0, 0x1

    invoke-static {v0}, Lcom/baidu/location/LocationClient;->setAgreePrivacy(Z)V

    invoke-static {p0}, Lcom/example/ledong/pay/PayHelper;->registerWeChat(Landroid/content/Context;)V

    return-void
.end method

.method public static hasConsent(Landroid/content/Context;)Z
    .registers 4

    const-string v0, "ledong_app"

    const/4 v1, 0x0

    invoke-virtual {p0, v0, v1}, Landroid/content/Context;->getSharedPreferences(Ljava/lang/String;I)Landroid/content/SharedPreferences;

    move-result-object v0

    const-string v2, "privacy_consent_v34"

    invoke-interface {v0, v2, v1}, Landroid/content/SharedPreferences;->getBoolean(Ljava/lang/String;Z)Z

    move-result v0

    return v0
.end method


# virtual methods
.method public onCreate()V
    .registers 2

    invoke-super {p0}, Landroid/app/Application;->onCreate()V

    invoke-static {p0}, Lcom/example/ledong/LedongApp;->hasConsent(Landroid/content/Context;)Z

    move-result v0

    if-eqz v0, :cond_0

    invoke-static {p0}, Lcom/example/ledong/LedongApp;->afterConsent(Landroid/content/Context;)V

    :cond_0
    return-void
.end method
