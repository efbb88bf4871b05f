.class public Lcom/example/cleanapp/CleanApplication;
.super Landroid/app/Application;
.source "CleanApplication.java"


# static fields
.field private static final PREFS_PRIVACY:Ljava/lang/String; = "privacy"

.field private static sInstance:Lcom/example/cleanapp/CleanApplication;


# direct methods
.method public constructor <init>()V
    .registers 1

    invoke-direct {p0}, Landroid/app/Application;-><init>()V

    return-void
.end method

.method public static get()Lcom/example/cleanapp/CleanApplication;
    .registers 1

    sget-object v0, Lcom/example/cleanapp/CleanApplication;->sInstance:Lcom/example/cleanapp/CleanApplication;

    return-object v0
.end method

.method public static hasAgreed(Landroid/content/Context;)Z
    .registers 4

    const-string v0, "privacy"

    const/4 v1, 0x0

    invoke-virtual {p0, v0, v1}, Landroid/content/Context;->getSharedPreferences(Ljava/lang/String;I)Landroid/content/SharedPreferences;

    move-result-object v0

    const-string v2, "agreed"

    invoke-interface {v0, v2, v1}, Landroid/content/SharedPreferences;->getBoolean(Ljava/lang/String;Z)Z

    move-result v0

    return v0
.end method

.method public static setAgreed(Landroid/content/Context;)V
    .registers 4

    const-string v0, "privacy"

    const/4 v1, 0x0

    invoke-virtual {p0, v0, v1}, Landroid/content/Context;->getSharedPreferences(Ljava/lang/String;I)Landroid/content/SharedPreferences;

    move-result-object v0

    invoke-interface {v0}, Landroid/content/SharedPreferences;->edit()Landroid/content/SharedPreferences$Editor;

    move-result-object v0

    const-string v1, "agreed"

    const/4 v2, 0x1

    invoke-interface {v0, v1, v2}, Landroid/content/SharedPreferences$Editor;->putBoolean(Ljava/lang/String;Z)Landroid/content/SharedPreferences$Editor;

    move-result-object v0

    invoke-interface {v0}, Landroid/content/SharedPreferences$Editor;->apply()V

    return-void
.end method


# virtual methods
.method public initAfterConsent()V
    .registers 6

    const-string v0, "https://api.cleanapp.example.com/v2/"

    invoke-static {p0, v0}, Lcom/example/cleanapp/net/ApiClient;->init(Landroid/content/Context;Ljava/lang/String;)V

    sget v0, Landroid/os/Build$VERSION;->SDK_INT:I

    const/16 v1, 0x1a

    if-lt v0, v1, :cond_2a

    const-class v0, Landroid/app/NotificationManager;

    invoke-virtual {p0, v0}, Lcom/example/cleanapp/CleanApplication;->getSystemService(Ljava/lang/Class;)Ljava/lang/Object;

    move-result-object v0

    check-cast v0, Landroid/app/NotificationManager;

    new-instance v1, Landroid/app/NotificationChannel;

    const-string v2, "updates"

    const-string v3, "\u5185\u5bb9\u66f4\u65b0"

    const/4 v4, 0x3

    invoke-direct {v1, v2, v3, v4}, Landroid/app/NotificationChannel;-><init>(Ljava/lang/String;Ljava/lang/CharSequence;I)V

    invoke-virtual {v0, v1}, Landroid/app/NotificationManager;->createNotificationChannel(Landroid/app/NotificationChannel;)V

    :cond_2a
    return-void
.end method

.method public onCreate()V
    .registers 2

    invoke-super {p0}, Landroid/app/Application;->onCreate()V

    sput-object p0, Lcom/example/cleanapp/CleanApplication;->sInstance:Lcom/example/cleanapp/CleanApplication;

    invoke-static {p0}, Lcom/example/cleanapp/CleanApplication;->hasAgreed(Landroid/content/Context;)Z

    move-result v0

    if-eqz v0, :cond_f

    invoke-virtual {p0}, Lcom/example/cleanapp/CleanApplication;->initAfterConsent()V

    :cond_f
    return-void
.end method
