.class public Lcom/example/modern/ModernApp;
.super Landroid/app/Application;
.source "SourceFile"


# static fields
.field public static a:Lcom/example/modern/ModernApp;


# instance fields
.field public final b:La/c;


# direct methods
.method public constructor <init>()V
    .registers 2

    invoke-direct {p0}, Landroid/app/Application;-><init>()V

    new-instance v0, La/c;

    invoke-direct {v0}, La/c;-><init>()V

    iput-object v0, p0, Lcom/example/modern/ModernApp;->b:La/c;

    return-void
.end method


# virtual methods
.method public onCreate()V
    .registers 3

    invoke-super {p0}, Landroid/app/Application;->onCreate()V

    sput-object p0, Lcom/example/modern/ModernApp;->a:Lcom/example/modern/ModernApp;

    invoke-static {p0}, La/a;->b(Landroid/content/Context;)V

    const-class v0, Landroid/net/ConnectivityManager;

    invoke-virtual {p0, v0}, Landroid/content/Context;->getSystemService(Ljava/lang/Class;)Ljava/lang/Object;

    move-result-object v0

    check-cast v0, Landroid/net/ConnectivityManager;

    iget-object v1, p0, Lcom/example/modern/ModernApp;->b:La/c;

    invoke-virtual {v0, v1}, Landroid/net/ConnectivityManager;->registerDefaultNetworkCallback(Landroid/net/ConnectivityManager$NetworkCallback;)V

    return-void
.end method
