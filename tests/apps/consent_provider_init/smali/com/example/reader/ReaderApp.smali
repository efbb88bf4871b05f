.class public Lcom/example/reader/ReaderApp;
.super Landroid/app/Application;
.source "ReaderApp.java"


# static fields
.field private static sInstance:Lcom/example/reader/ReaderApp;


# direct methods
.method public constructor <init>()V
    .registers 1

    invoke-direct {p0}, Landroid/app/Application;-><init>()V

    return-void
.end method

.method public static get()Lcom/example/reader/ReaderApp;
    .registers 1

    sget-object v0, Lcom/example/reader/ReaderApp;->sInstance:Lcom/example/reader/ReaderApp;

    return-object v0
.end method


# virtual methods
.method public initAfterConsent()V
    .registers 3

    const-string v0, "reader_books"

    const/4 v1, 0x0

    invoke-virtual {p0, v0, v1}, Lcom/example/reader/ReaderApp;->getSharedPreferences(Ljava/lang/String;I)Landroid/content/SharedPreferences;

    move-result-object v0

    invoke-static {v0}, Lcom/example/reader/BookShelf;->load(Landroid/content/SharedPreferences;)V

    return-void
.end method

.method public onCreate()V
    .registers 2

    invoke-super {p0}, Landroid/app/Application;->onCreate()V

    sput-object p0, Lcom/example/reader/ReaderApp;->sInstance:Lcom/example/reader/ReaderApp;

    invoke-static {p0}, Lcom/example/reader/ConsentManager;->hasUserConsent(Landroid/content/Context;)Z

    move-result v0

    if-eqz v0, :cond_f

    invoke-virtual {p0}, Lcom/example/reader/ReaderApp;->initAfterConsent()V

    :cond_f
    return-void
.end method
