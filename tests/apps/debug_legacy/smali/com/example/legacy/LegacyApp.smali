.class public Lcom/example/legacy/LegacyApp;
.super Landroid/app/Application;
.source "LegacyApp.java"


# static fields
.field public static final SERVER:Ljava/lang/String; = "http://member.example.com/api/"


# direct methods
.method public constructor <init>()V
    .registers 1

    invoke-direct {p0}, Landroid/app/Application;-><init>()V

    return-void
.end method


# virtual methods
.method public onCreate()V
    .registers 3

    invoke-super {p0}, Landroid/app/Application;->onCreate()V

    sget-boolean v0, Lcom/example/legacy/BuildConfig;->DEBUG:Z

    if-eqz v0, :cond_c

    const-string v0, "LegacyApp"

    const-string v1, "debug build, verbose logging on"

    invoke-static {v0, v1}, Landroid/util/Log;->d(Ljava/lang/String;Ljava/lang/String;)I

    :cond_c
    new-instance v0, Lcom/example/legacy/CrashHandler;

    invoke-direct {v0, p0}, Lcom/example/legacy/CrashHandler;-><init>(Landroid/content/Context;)V

    invoke-static {v0}, Ljava/lang/Thread;->setDefaultUncaughtExceptionHandler(Ljava/lang/Thread$UncaughtExceptionHandler;)V

    return-void
.end method
