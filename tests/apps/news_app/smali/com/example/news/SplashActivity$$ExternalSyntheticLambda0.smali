.class public final synthetic Lcom/example/news/SplashActivity$$ExternalSyntheticLambda0;
.super Ljava/lang/Object;
.source "D8$$SyntheticClass"

# interfaces
.implements Ljava/lang/Runnable;


# instance fields
.field public final synthetic f$0:Lcom/example/news/SplashActivity;


# direct methods
.method public synthetic constructor <init>(Lcom/example/news/SplashActivity;)V
    .registers 2

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    iput-object p1, p0, Lcom/example/news/SplashActivity$$ExternalSyntheticLambda0;->f$0:Lcom/example/news/SplashActivity;

    return-void
.end method


# virtual methods
.method public final run()V
    .registers 2

    iget-object v0, p0, Lcom/example/news/SplashActivity$$ExternalSyntheticLambda0;->f$0:Lcom/example/news/SplashActivity;

    invoke-static {v0}, Lcom/example/news/SplashActivity;->lambda$onCreate$0(Lcom/example/news/SplashActivity;)V

    return-void
.end method
